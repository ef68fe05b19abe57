package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka KRaft cluster (combined broker and controller) in this JVM.
 *
 * <p>{@link #start()} uses a temporary directory deleted on close. {@link #start(Path)} keeps its
 * data in the given directory and resumes it on the next start (same cluster id, topics and
 * offsets); only the listener ports change between runs, since the test kit binds ephemeral ports.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final String CLUSTER_ID_FILE = "cluster.id";

  /** Broker settings a one-node cluster needs: internal topics cannot have three replicas. */
  static final Map<String, String> SINGLE_NODE_CONFIG =
      Map.of(
          "offsets.topic.replication.factor", "1",
          "offsets.topic.num.partitions", "1",
          "transaction.state.log.replication.factor", "1",
          "transaction.state.log.min.isr", "1",
          "transaction.state.log.num.partitions", "1",
          "share.coordinator.state.topic.replication.factor", "1",
          "share.coordinator.state.topic.min.isr", "1",
          "group.initial.rebalance.delay.ms", "0",
          "auto.create.topics.enable", "false");

  private final KafkaClusterTestKit cluster;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Starts a fresh cluster in a temporary directory removed when it closes. */
  public static EmbeddedKafka start() {
    return boot(new TestKitNodes.Builder(), true, true);
  }

  /**
   * Starts a cluster whose data lives in {@code dataDir}: formatted on first use, resumed after.
   */
  public static EmbeddedKafka start(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Path idFile = dataDir.resolve(CLUSTER_ID_FILE);
      boolean resume = Files.isRegularFile(idFile);
      String clusterId =
          resume
              ? Files.readString(idFile, StandardCharsets.US_ASCII).trim()
              : newClusterId(idFile);
      TestKitNodes.Builder nodes =
          new TestKitNodes.Builder().setBaseDirectory(dataDir).setClusterId(clusterId);
      LOG.info("{} Kafka cluster {} in {}", resume ? "resuming" : "formatting", clusterId, dataDir);
      return boot(nodes, !resume, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDir, e);
    }
  }

  private static String newClusterId(Path idFile) throws IOException {
    String id = Uuid.randomUuid().toString();
    Files.writeString(idFile, id, StandardCharsets.US_ASCII);
    return id;
  }

  private static EmbeddedKafka boot(TestKitNodes.Builder nodes, boolean format, boolean delete) {
    KafkaClusterTestKit cluster = null;
    try {
      KafkaClusterTestKit.Builder builder =
          new KafkaClusterTestKit.Builder(
                  nodes.setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
              .setDeleteOnClose(delete);
      SINGLE_NODE_CONFIG.forEach(builder::setConfigProp);
      cluster = builder.build();
      if (format) {
        cluster.format();
      }
      cluster.startup();
      cluster.waitForReadyBrokers();
      EmbeddedKafka kafka = new EmbeddedKafka(cluster);
      LOG.info("Kafka ready at {}", kafka.bootstrapServers());
      return kafka;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(cluster);
      throw new IllegalStateException("interrupted while starting Kafka", e);
    } catch (Exception e) {
      closeQuietly(cluster);
      throw new IllegalStateException("cannot start the embedded Kafka cluster", e);
    }
  }

  /** {@code host:port} of the broker's client listener. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      LOG.info("stopping Kafka at {}", bootstrapServers());
      closeQuietly(cluster);
    }
  }

  private static void closeQuietly(KafkaClusterTestKit cluster) {
    if (cluster == null) {
      return;
    }
    try {
      cluster.close();
    } catch (Exception e) {
      LOG.warn("error while stopping Kafka", e);
    }
  }
}
