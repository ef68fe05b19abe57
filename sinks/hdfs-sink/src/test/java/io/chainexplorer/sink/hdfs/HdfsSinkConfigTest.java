package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.schemas.topics.ChainName;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.sink.errors.ErrorHandling;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class HdfsSinkConfigTest {

  private final TopicCatalogue catalogue = TopicCatalogue.forChain("eth-mainnet");

  @Test
  void shouldDocumentEveryKey() {
    assertThat(HdfsSinkConfig.CONFIG_DEF.configKeys().values())
        .allSatisfy(key -> assertThat(key.documentation).isNotBlank());
  }

  @Test
  void shouldStartWithTheConfirmedTopicsOfTheChain() {
    Map<String, String> props = props(catalogue.confirmedTransactions().name());
    props.put(
        "topics",
        String.join(
            ",",
            props.get("topics"),
            catalogue.confirmedBlocks().name(),
            catalogue.tokens().name()));

    HdfsSinkConnector connector = new HdfsSinkConnector();
    connector.start(props);

    assertThat(connector.taskConfigs(2)).hasSize(2).allSatisfy(c -> assertThat(c).isEqualTo(props));
  }

  @Test
  void shouldRejectATopicThatCarriesRetractions() {
    Map<String, String> props = props(catalogue.transactions().name());

    assertThatThrownBy(() -> new HdfsSinkConnector().start(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(catalogue.transactions().name())
        .hasMessageContaining("not a confirmed topic");
  }

  @Test
  void shouldRejectAnotherChainsConfirmedTopic() {
    String other = TopicCatalogue.forChain("eth-sepolia").confirmedLogs().name();

    assertThatThrownBy(
            () -> HdfsSinkConfig.validateTopics(props(other), ChainName.of("eth-mainnet")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(other);
  }

  @Test
  void shouldRejectATopicRegex() {
    Map<String, String> props = props("");
    props.remove("topics");
    props.put("topics.regex", "eth-mainnet\\.confirmed\\..*");

    assertThatThrownBy(() -> new HdfsSinkConnector().start(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topics.regex");
  }

  @Test
  void shouldRejectAZeroFlushSize() {
    Map<String, String> props = props(catalogue.confirmedLogs().name());
    props.put(HdfsSinkConfig.FLUSH_SIZE, "0");

    assertThatThrownBy(() -> new HdfsSinkConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(HdfsSinkConfig.FLUSH_SIZE);
  }

  @Test
  void shouldRefuseADeadLetterTopicWhenErrorsAreNotTolerated() {
    Map<String, String> props = props(catalogue.confirmedLogs().name());
    props.put(ErrorHandling.DLQ_TOPIC, "eth-mainnet.dlq.hdfs-sink.v1");

    assertThatThrownBy(() -> new HdfsSinkConnector().start(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("errors.tolerance=all");
    props.put(ErrorHandling.TOLERANCE, "all");
    assertThat(new HdfsSinkConfig(props).chain().value()).isEqualTo("eth-mainnet");
  }

  @Test
  void shouldDefaultToSnappyAndOneFileEveryTenMinutesAtMost() {
    HdfsSinkConfig config = new HdfsSinkConfig(props(catalogue.confirmedLogs().name()));

    assertThat(config.compression().name()).isEqualTo("SNAPPY");
    assertThat(config.rotateInterval().toMinutes()).isEqualTo(10);
    assertThat(HdfsSinkConfig.CONFIG_DEF.configKeys().get(HdfsSinkConfig.HDFS_URL).defaultValue)
        .isEqualTo(ConfigDef.NO_DEFAULT_VALUE);
  }

  private static Map<String, String> props(String topics) {
    Map<String, String> props = new HashMap<>();
    props.put("topics", topics);
    props.put(HdfsSinkConfig.HDFS_URL, "file:///");
    props.put(HdfsSinkConfig.CHAIN, "eth-mainnet");
    return props;
  }
}
