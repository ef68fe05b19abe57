package io.chainexplorer.ops.dashboards;

import io.chainexplorer.devstack.run.SinkConnectors;
import io.chainexplorer.embedded.ConnectWorkerProcess;
import io.chainexplorer.embedded.EmbeddedCassandra;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
    String cql = cassandra.host() + ":" + cassandra.nativePort();
    // the same connector configurations as `chain-explorer run`, so the panels see what users see
    Map<String, Map<String, String>> connectors =
        Map.of(
            SinkConnectors.hotName(chain),
            SinkConnectors.hot(topics, registryUrl, cql, cassandra.localDatacenter()),
            SinkConnectors.coldName(chain),
            SinkConnectors.cold(topics, registryUrl, coldStore));
    for (Map.Entry<String, Map<String, String>> connector : connectors.entrySet()) {
      worker.createConnector(connector.getKey(), connector.getValue());
      worker.awaitConnectorRunning(connector.getKey(), RUNNING_TIMEOUT);
    }
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
