package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.ChainName;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.sink.converter.AvroConverter;
import io.chainexplorer.sink.hdfs.HdfsSinkConfig;
import io.chainexplorer.sink.hdfs.HdfsSinkConnector;
import io.chainexplorer.sink.scylla.ScyllaSinkConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.runtime.SinkConnectorConfig;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every connector file the stacks submit validates as Connect would: the framework's sink keys, the
 * connector's own {@code validate}, its value converter's keys, and the chain's topics.
 */
class ConnectorFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALUE_CONVERTER = "value.converter.";

  static Stream<Path> connectorFiles() throws IOException {
    Path root = ProjectPaths.root();
    return Stream.concat(
        files(root.resolve("compose/connectors")), files(root.resolve("swarm/connectors")));
  }

  @ParameterizedTest
  @MethodSource("connectorFiles")
  void shouldPassConnectValidationWhenSubmitted(Path file) throws Exception {
    Map<String, String> config = read(file);
    String fileName = file.getFileName().toString();

    assertThat(config.get("name")).isEqualTo(fileName.substring(0, fileName.length() - 5));
    assertThat(errors(SinkConnectorConfig.configDef().validate(config))).isEmpty();
    SinkConnectorConfig.validate(config);
    SinkConnector connector =
        Class.forName(config.get("connector.class"))
            .asSubclass(SinkConnector.class)
            .getDeclaredConstructor()
            .newInstance();
    assertThat(errors(connector.validate(config).configValues())).isEmpty();
    assertThat(config.get("value.converter")).isEqualTo(AvroConverter.class.getName());
    assertThat(errors(new AvroConverter().config().validate(prefixed(config, VALUE_CONVERTER))))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("connectorFiles")
  void shouldReadChainTopicsWhenConnectorIsOurSink(Path file) throws IOException {
    Map<String, String> config = read(file);
    String connectorClass = config.get("connector.class");
    if (connectorClass.equals(HdfsSinkConnector.class.getName())) {
      ChainName chain = ChainName.of(config.get(HdfsSinkConfig.CHAIN));
      HdfsSinkConfig.validateTopics(config, chain);
      assertThat(topics(config))
          .contains(TopicCatalogue.forChain(chain).confirmedRawBlocks().name());
      assertDeadLetters(config, TopicCatalogue.forChain(chain), App.HDFS_SINK);
    } else {
      assertThat(connectorClass).isEqualTo(ScyllaSinkConnector.class.getName());
      TopicCatalogue catalogue = TopicCatalogue.forChain("eth-mainnet");
      assertThat(topics(config)).containsExactlyInAnyOrderElementsOf(hotTopics(catalogue));
      assertDeadLetters(config, catalogue, App.SCYLLA_SINK);
    }
  }

  @Test
  void shouldSubmitEveryConnectorFileWhenStacksStart() throws IOException {
    Path root = ProjectPaths.root();
    StackFile swarm = StackFile.load(StackFile.SWARM);
    Set<Path> swarmConfigs =
        swarm.declared("configs").stream()
            .map(name -> swarm.root().path("configs").path(name).path("file").asText())
            .map(relative -> swarm.directory().resolve(relative).normalize())
            .collect(Collectors.toSet());
    try (Stream<Path> files = files(root.resolve("swarm/connectors"))) {
      assertThat(swarmConfigs).containsAll(files.toList());
    }
    assertThat(StackFile.load(StackFile.COMPOSE).references("connectors", "volumes"))
        .contains("./connectors:/connectors:ro");
  }

  @Test
  void shouldReportErrorWhenConnectorConfigIsInvalid() {
    Map<String, String> config = new HashMap<>();
    config.put("connector.class", ScyllaSinkConnector.class.getName());
    config.put("topics", "eth-mainnet.blocks.v1");

    assertThat(errors(new ScyllaSinkConnector().validate(config).configValues())).isNotEmpty();
    config.put(HdfsSinkConfig.CHAIN, "eth-mainnet");
    assertThatThrownBy(() -> HdfsSinkConfig.validateTopics(config, ChainName.of("eth-mainnet")))
        .hasMessageContaining("not a confirmed topic");
  }

  /**
   * The scylla sink's stored entities: blocks, transactions, logs, transfers, decoded, internal,
   * metrics.
   */
  private static List<String> hotTopics(TopicCatalogue catalogue) {
    return Stream.<TopicSpec<?, ?>>of(
            catalogue.blocks(),
            catalogue.transactions(),
            catalogue.logs(),
            catalogue.tokenTransfers(),
            catalogue.decodedCalls(),
            catalogue.decodedEvents(),
            catalogue.internalTransactions(),
            catalogue.chainMetrics())
        .map(TopicSpec::name)
        .toList();
  }

  private static void assertDeadLetters(
      Map<String, String> config, TopicCatalogue catalogue, App app) {
    assertThat(config.get(SinkConnectorConfig.DLQ_TOPIC_NAME_CONFIG))
        .isEqualTo(catalogue.deadLetters(app).name());
  }

  private static List<String> topics(Map<String, String> config) {
    return SinkConnectorConfig.parseTopicsList(config);
  }

  private static List<String> errors(List<ConfigValue> values) {
    return values.stream()
        .flatMap(value -> value.errorMessages().stream().map(m -> value.name() + ": " + m))
        .toList();
  }

  private static Map<String, String> prefixed(Map<String, String> config, String prefix) {
    Map<String, String> sub = new HashMap<>();
    config.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            sub.put(key.substring(prefix.length()), value);
          }
        });
    return sub;
  }

  private static Map<String, String> read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {});
  }

  private static Stream<Path> files(Path directory) throws IOException {
    return Files.list(directory).filter(f -> f.toString().endsWith(".json")).sorted();
  }
}
