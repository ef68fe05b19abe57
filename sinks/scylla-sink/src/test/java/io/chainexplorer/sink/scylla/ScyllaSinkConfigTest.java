package io.chainexplorer.sink.scylla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.sink.errors.ErrorHandling;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class ScyllaSinkConfigTest {

  private final Map<String, String> props =
      new HashMap<>(Map.of(ScyllaSinkConfig.LOCAL_DATACENTER, "dc1"));

  @Test
  void shouldKeepRowsThirtyDaysWhenNoRetentionIsSet() {
    ScyllaSinkConfig config = new ScyllaSinkConfig(props);

    assertThat(config.ttlSeconds("transactions_by_hash")).isEqualTo(30 * 24 * 3600);
  }

  @Test
  void shouldApplyPerTableRetentionOverrides() {
    props.put(ScyllaSinkConfig.TTL_OVERRIDES, "blocks_by_number=60, chain_metrics_by_day=0");

    ScyllaSinkConfig config = new ScyllaSinkConfig(props);

    assertThat(config.ttlSeconds("blocks_by_number")).isEqualTo(60);
    assertThat(config.ttlSeconds("chain_metrics_by_day")).isZero();
    assertThat(config.ttlSeconds("transactions_by_hash")).isEqualTo(30 * 24 * 3600);
  }

  @Test
  void shouldRejectAMalformedRetentionOverride() {
    props.put(ScyllaSinkConfig.TTL_OVERRIDES, "blocks_by_number");

    assertThatThrownBy(() -> new ScyllaSinkConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("table=seconds");
  }

  @Test
  void shouldRejectARetentionOverrideOfAnUnknownTable() {
    props.put(ScyllaSinkConfig.TTL_OVERRIDES, "blocks=60");

    assertThatThrownBy(() -> new ScyllaSinkConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no table blocks");
  }

  @Test
  void shouldRejectADeadLetterTopicWhenErrorsAreNotTolerated() {
    props.put(ErrorHandling.DLQ_TOPIC, "dlq");
    props.put(ErrorHandling.TOLERANCE, "none");

    assertThatThrownBy(() -> new ScyllaSinkConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("errors.tolerance=all");
  }

  @Test
  void shouldAcceptADeadLetterTopicWhenAllErrorsAreTolerated() {
    props.put(ErrorHandling.DLQ_TOPIC, "dlq");
    props.put(ErrorHandling.TOLERANCE, "all");

    assertThat(new ScyllaSinkConfig(props).keyspace()).isEqualTo("chain_explorer");
  }

  @Test
  void shouldRejectAUserWithoutPassword() {
    props.put(ScyllaSinkConfig.USERNAME, "writer");

    assertThatThrownBy(() -> new ScyllaSinkConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(ScyllaSinkConfig.PASSWORD);
  }

  @Test
  void shouldHideThePasswordWhenTheConfigIsPrinted() {
    props.put(ScyllaSinkConfig.USERNAME, "writer");
    props.put(ScyllaSinkConfig.PASSWORD, "s3cret-value");

    ScyllaSinkConfig config = new ScyllaSinkConfig(props);

    assertThat(config.values().toString()).doesNotContain("s3cret-value");
    assertThat(config.password().value()).isEqualTo("s3cret-value");
  }

  @Test
  void shouldReportTheContradictionThroughConnectorValidation() {
    props.put(ErrorHandling.DLQ_TOPIC, "dlq");

    var result = new ScyllaSinkConnector().validate(props);

    assertThat(result.configValues())
        .flatExtracting(ConfigValue::errorMessages)
        .anySatisfy(message -> assertThat(message).contains("errors.tolerance=all"));
  }

  @Test
  void shouldBuildTheReplicationMapFromClassAndFactor() {
    props.put(ScyllaSinkConfig.REPLICATION_CLASS, "SimpleStrategy");
    props.put(ScyllaSinkConfig.REPLICATION_FACTOR, "1");

    assertThat(new ScyllaSinkConfig(props).replicationCql())
        .isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': 1}");
  }
}
