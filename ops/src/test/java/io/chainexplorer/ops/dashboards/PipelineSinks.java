package io.chainexplorer.ops.dashboards;

import io.chainexplorer.embedded.ConnectWorkerProcess;
import io.chainexplorer.embedded.EmbeddedCassandra;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.schemas.connect.AvroConverter;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.sink.hdfs.HdfsSinkConfig;
import io.chainexplorer.sink.hdfs.HdfsSinkConnector;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.ScyllaSinkConnector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.storage.StringConverter;

/**
 * Both sinks as the Compose stack runs them: a Connect worker in its own JVM loading the packaged
 * plugins, serving the sinks' meters on one endpoint; the hot store on Cassandra, the cold store on
 * the local file system.
 */
final class PipelineSinks implements AutoCloseable {

  /** The job of the sinks' worker-wide endpoint, as in the Compose stack's Prometheus. */
  static final String JOB = "sinks";

  private static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(120);

  private final EmbeddedCassandra cassandra;
  private final ConnectWorkerProcess worker;
  private final int metricsPort;

  private PipelineSinks(EmbeddedCassandra cassandra, ConnectWorkerProcess worker, int port) {
    this.cassandra = cassandra;
    this.worker = worker;
    this.metricsPort = port;
  }

  /** Starts Cassandra and the worker, then submits both connectors and waits until they run. */
  static PipelineSinks start(
      String bootstrapServers, String registryUrl, TopicCatalogue topics, Path workDir) {
    EmbeddedCassandra cassandra =
        EmbeddedCassandra.builder().baseDir(workDir.resolve("cassandra")).start();
    int port = FreePorts.next();
    ConnectWorkerProcess worker;
    try {
      worker =
          ConnectWorkerProcess.start(
              bootstrapServers,
              new ConnectWorkerProcess.Options()
                  .pluginPath(plugin("scylla-sink"), plugin("hdfs-sink"))
                  .sinkMetricsPort(port));
    } catch (RuntimeException e) {
      cassandra.close();
      throw e;
    }
    PipelineSinks sinks = new PipelineSinks(cassandra, worker, port);
    try {
      sinks.submit(registryUrl, topics, workDir.resolve("cold-store"));
      return sinks;
    } catch (RuntimeException e) {
      sinks.close();
      throw e;
    }
  }

  /** The {@code host:port} serving the sinks' {@code /metrics}. */
  String target() {
    return "127.0.0.1:" + metricsPort;
  }

  private void submit(String registryUrl, TopicCatalogue topics, Path coldStore) {
    String chain = topics.chain().value();
    Map<String, String> hot =
        common(
            registryUrl,
            List.of(
                topics.blocks(),
                topics.transactions(),
                topics.tokenTransfers(),
                topics.decodedCalls(),
                topics.decodedEvents(),
                topics.chainMetrics()),
            topics.deadLetters(App.SCYLLA_SINK));
    hot.put("connector.class", ScyllaSinkConnector.class.getName());
    hot.put(ScyllaSinkConfig.CONTACT_POINTS, cassandra.host() + ":" + cassandra.nativePort());
    hot.put(ScyllaSinkConfig.LOCAL_DATACENTER, cassandra.localDatacenter());
    hot.put(ScyllaSinkConfig.KEYSPACE, chain.replace('-', '_'));
    hot.put(ScyllaSinkConfig.REPLICATION_CLASS, "SimpleStrategy");
    hot.put(ScyllaSinkConfig.REPLICATION_FACTOR, "1");
    Map<String, String> cold =
        common(
            registryUrl,
            List.of(
                topics.confirmedRawBlocks(),
                topics.confirmedBlocks(),
                topics.confirmedTransactions(),
                topics.confirmedLogs(),
                topics.confirmedTokenTransfers(),
                topics.confirmedContracts()),
            topics.deadLetters(App.HDFS_SINK));
    cold.put("connector.class", HdfsSinkConnector.class.getName());
    cold.put(HdfsSinkConfig.HDFS_URL, "file:///");
    cold.put(HdfsSinkConfig.ROOT_DIR, coldStore.toAbsolutePath().toString());
    cold.put(HdfsSinkConfig.CHAIN, chain);
    // short files: the cold-store panels need commits within the test's minutes
    cold.put(HdfsSinkConfig.ROTATE_INTERVAL_MS, "5000");
    for (Map.Entry<String, Map<String, String>> connector :
        Map.of(chain + "-scylla-sink", hot, chain + "-hdfs-sink", cold).entrySet()) {
      worker.createConnector(connector.getKey(), connector.getValue());
      worker.awaitConnectorRunning(connector.getKey(), RUNNING_TIMEOUT);
    }
  }

  private static Map<String, String> common(
      String registryUrl, List<TopicSpec<?, ?>> topics, TopicSpec<?, ?> deadLetters) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("tasks.max", "1");
    config.put("topics", String.join(",", topics.stream().map(TopicSpec::name).toList()));
    config.put("key.converter", StringConverter.class.getName());
    config.put("value.converter", AvroConverter.class.getName());
    config.put("value.converter." + SchemaRegistryClientConfig.URL, registryUrl);
    config.put("consumer.override.isolation.level", "read_committed");
    config.put("errors.tolerance", "all");
    config.put("errors.deadletterqueue.topic.name", deadLetters.name());
    config.put("errors.deadletterqueue.topic.replication.factor", "1");
    return config;
  }

  private static Path plugin(String sink) {
    return ProjectPaths.required(
        "sinks/" + sink + "/target/connect-plugin", "run ./mvnw -pl sinks/" + sink + " package");
  }

  @Override
  public void close() {
    worker.close();
    cassandra.close();
  }
}
