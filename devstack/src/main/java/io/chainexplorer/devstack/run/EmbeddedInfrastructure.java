package io.chainexplorer.devstack.run;

import io.chainexplorer.embedded.ConnectWorkerProcess;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.embedded.EmbeddedCassandra;
import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.embedded.KafkaBrokerProcess;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded infrastructure of {@code run}: Kafka (a child JVM), Schema Registry, the stores
 * (Connect and Cassandra) unless left out, and (on the devnet) anvil, each keeping its data in a
 * sub-directory of one data directory so that the next start resumes it, stopped in reverse order
 * of start.
 */
final class EmbeddedInfrastructure implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
  private static final String BROKER_HEAP = "384m";

  private final Path dataDir;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private KafkaBrokerProcess kafka;
  private EmbeddedSchemaRegistry registry;
  private ConnectWorkerProcess connect;
  private final int sinkMetricsPort = FreePorts.next();
  private EmbeddedCassandra cassandra;
  private EmbeddedAnvil anvil;

  private EmbeddedInfrastructure(Path dataDir) {
    this.dataDir = dataDir;
  }

  /**
   * Starts every component; when one fails, stops those already started and rethrows.
   *
   * @param withAnvil whether to start the devnet node
   * @param nodeState whether the devnet node saves its state in the data directory and resumes it
   * @param stores whether to start the Connect worker and Cassandra
   * @param progress told the name of each component as it starts
   */
  static EmbeddedInfrastructure start(
      Path dataDir,
      boolean withAnvil,
      boolean nodeState,
      boolean stores,
      Consumer<String> progress) {
    EmbeddedInfrastructure stack = new EmbeddedInfrastructure(dataDir);
    try {
      stack.kafka =
          stack.boot(
              progress,
              "Kafka",
              () ->
                  KafkaBrokerProcess.start(
                      dataDir.resolve("kafka-broker"),
                      BROKER_HEAP,
                      ServicePorts.choose("Kafka", ServicePorts.KAFKA)));
      stack.registry =
          stack.boot(
              progress,
              "Schema Registry",
              () ->
                  EmbeddedSchemaRegistry.start(
                      directory(dataDir.resolve("schema-registry")),
                      ServicePorts.choose("Schema Registry", ServicePorts.SCHEMA_REGISTRY)));
      if (stores) {
        stack.connect = stack.boot(progress, "Kafka Connect", stack::startConnect);
        stack.cassandra =
            stack.boot(
                progress,
                "Cassandra",
                () ->
                    EmbeddedCassandra.builder()
                        .baseDir(dataDir.resolve("cassandra"))
                        .nativePort(ServicePorts.choose("CQL", ServicePorts.CQL))
                        .start());
      }
      if (withAnvil) {
        EmbeddedAnvil.Builder node = EmbeddedAnvil.builder();
        if (nodeState) {
          node.stateFile(directory(dataDir.resolve("anvil")).resolve("state.json"));
        }
        stack.anvil = stack.boot(progress, "anvil", node::start);
      }
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  /** A worker in its own JVM, with both sinks on its classpath, that can be killed alone. */
  private ConnectWorkerProcess startConnect() {
    return ConnectWorkerProcess.start(
        kafka.bootstrapServers(),
        new ConnectWorkerProcess.Options()
            .groupId("chain-explorer-connect")
            .set("connector.client.config.override.policy", "All")
            .sinkMetricsPort(sinkMetricsPort),
        ServicePorts.choose("Kafka Connect", ServicePorts.CONNECT));
  }

  String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** The broker, a child JVM that can be killed and restarted on the same port. */
  KafkaBrokerProcess broker() {
    return kafka;
  }

  String schemaRegistryUrl() {
    return registry.confluentApiUrl();
  }

  /** Whether the Connect worker and Cassandra run. */
  boolean hasStores() {
    return connect != null;
  }

  /** The Connect worker; only when the run {@link #hasStores() has stores}. */
  ConnectWorkerProcess connect() {
    if (connect == null) {
      throw new IllegalStateException("this run has no stores: neither Connect nor Cassandra");
    }
    return connect;
  }

  /** The sinks' Prometheus endpoint in the Connect worker. */
  String sinkMetricsUrl() {
    return "http://127.0.0.1:" + sinkMetricsPort + "/metrics";
  }

  String connectRestUrl() {
    return connect().restUrl();
  }

  String cqlHostPort() {
    return cassandra().host() + ":" + cassandra().nativePort();
  }

  String cqlLocalDatacenter() {
    return cassandra().localDatacenter();
  }

  private EmbeddedCassandra cassandra() {
    connect(); // both run or neither
    return cassandra;
  }

  /** The devnet node, when this run has one. */
  Optional<EmbeddedAnvil> anvil() {
    return Optional.ofNullable(anvil);
  }

  Path dataDir() {
    return dataDir;
  }

  /** Keeps the registry's schemas in the data directory, so their ids survive a restart. */
  void saveSchemas() {
    registry.saveSchemas();
  }

  /** Stops what started, last first; a component that fails to stop does not keep others up. */
  @Override
  public void close() {
    if (registry != null && started.contains(registry)) {
      try {
        saveSchemas();
      } catch (RuntimeException e) {
        LOG.warn("cannot save the registry's schemas: {}", e.getMessage());
      }
    }
    while (!started.isEmpty()) {
      AutoCloseable component = started.pop();
      Quietly.close(component.toString(), component);
    }
  }

  /** Submits the hot- and cold-store sink connectors of the chain to the Connect worker. */
  void submitConnectors(TopicCatalogue topics, Path coldStore) {
    String chain = topics.chain().value();
    ConnectWorkerProcess connect = connect();
    connect.createConnector(
        SinkConnectors.hotName(chain),
        SinkConnectors.hot(topics, schemaRegistryUrl(), cqlHostPort(), cqlLocalDatacenter()));
    connect.createConnector(
        SinkConnectors.coldName(chain),
        SinkConnectors.cold(topics, schemaRegistryUrl(), coldStore));
  }

  private <T extends AutoCloseable> T boot(
      Consumer<String> progress, String name, Supplier<T> starter) {
    progress.accept(name);
    T component = starter.get();
    started.push(component);
    return component;
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
