package io.chainexplorer.devstack.run;

import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.sink.converter.AvroConverter;
import io.chainexplorer.sink.hdfs.HdfsSinkConfig;
import io.chainexplorer.sink.hdfs.HdfsSinkConnector;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.ScyllaSinkConnector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.storage.StringConverter;

/**
 * The two connectors of a run: the hot store (ScyllaDB protocol) reads the entity topics the
 * explorer queries, retractions included; the cold store (Parquet on the local file system) reads
 * every confirmed topic, raw blocks with their provenance included.
 */
public final class SinkConnectors {

  /** Cold-store files are committed at least this often, so a run shows files within seconds. */
  static final long COLD_ROTATE_MS = 10_000;

  private SinkConnectors() {}

  public static String hotName(String chain) {
    return chain + "-scylla-sink";
  }

  public static String coldName(String chain) {
    return chain + "-hdfs-sink";
  }

  /** The consumer group Connect gives a sink connector. */
  static String group(String connector) {
    return "connect-" + connector;
  }

  /** The keyspace of a chain's hot tables. */
  static String keyspace(String chain) {
    return chain.replace('-', '_');
  }

  static List<String> hotTopics(TopicCatalogue topics) {
    return names(
        List.of(
            topics.blocks(),
            topics.transactions(),
            topics.logs(),
            topics.tokenTransfers(),
            topics.decodedCalls(),
            topics.decodedEvents(),
            topics.internalTransactions(),
            topics.chainMetrics()));
  }

  static List<String> coldTopics(TopicCatalogue topics) {
    return names(
        List.of(
            topics.confirmedRawBlocks(),
            topics.confirmedBlocks(),
            topics.confirmedTransactions(),
            topics.confirmedLogs(),
            topics.confirmedTokenTransfers(),
            topics.confirmedContracts(),
            topics.confirmedInternalTransactions()));
  }

  public static Map<String, String> hot(
      TopicCatalogue topics, String registryUrl, String cqlHostPort, String datacenter) {
    Map<String, String> config = common(registryUrl, hotTopics(topics));
    config.put("connector.class", ScyllaSinkConnector.class.getName());
    config.put(ScyllaSinkConfig.CONTACT_POINTS, cqlHostPort);
    config.put(ScyllaSinkConfig.LOCAL_DATACENTER, datacenter);
    config.put(ScyllaSinkConfig.KEYSPACE, keyspace(topics.chain().value()));
    config.put(ScyllaSinkConfig.REPLICATION_CLASS, "SimpleStrategy");
    config.put(ScyllaSinkConfig.REPLICATION_FACTOR, "1");
    deadLetters(config, topics.deadLetters(App.SCYLLA_SINK));
    return config;
  }

  public static Map<String, String> cold(
      TopicCatalogue topics, String registryUrl, Path coldStore) {
    Map<String, String> config = common(registryUrl, coldTopics(topics));
    config.put("connector.class", HdfsSinkConnector.class.getName());
    config.put(HdfsSinkConfig.HDFS_URL, "file:///");
    config.put(HdfsSinkConfig.ROOT_DIR, coldStore.toAbsolutePath().toString());
    config.put(HdfsSinkConfig.CHAIN, topics.chain().value());
    config.put(HdfsSinkConfig.ROTATE_INTERVAL_MS, Long.toString(COLD_ROTATE_MS));
    deadLetters(config, topics.deadLetters(App.HDFS_SINK));
    return config;
  }

  private static Map<String, String> common(String registryUrl, List<String> topics) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("tasks.max", "1");
    config.put("topics", String.join(",", topics));
    // keys are block numbers or strings; the sinks take what they need from the values
    config.put("key.converter", StringConverter.class.getName());
    config.put("value.converter", AvroConverter.class.getName());
    config.put("value.converter." + SchemaRegistryClientConfig.URL, registryUrl);
    config.put("consumer.override.isolation.level", "read_committed");
    return config;
  }

  private static void deadLetters(Map<String, String> config, TopicSpec<?, ?> topic) {
    config.put("errors.tolerance", "all");
    // A registry outage is retried without limit, never turned into dead letters.
    config.put("errors.retry.timeout", "-1");
    config.put("errors.deadletterqueue.topic.name", topic.name());
    config.put("errors.deadletterqueue.topic.replication.factor", "1");
    config.put("errors.deadletterqueue.context.headers.enable", "true");
  }

  private static List<String> names(List<TopicSpec<?, ?>> specs) {
    return specs.stream().map(TopicSpec::name).toList();
  }
}
