package io.chainexplorer.sink.scylla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.embedded.EmbeddedCassandra;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.ConnectExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cassandra stopped while the connector writes, then restarted: nothing is lost. */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class, ConnectExtension.class})
class ScyllaSinkRestartIT {

  private static final int BATCH = 40;
  private static final String BLOCK = SampleRecords.hash("b1", 1);

  @Test
  void shouldWriteEveryRecordAndDeadLetterNoneWhenCassandraIsDownLongerThanTheRetries(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, ConnectEndpoint connect) {
    try (EmbeddedCassandra node = EmbeddedCassandra.start();
        SinkHarness harness = new SinkHarness(kafka, registry.confluentApiUrl())) {
      InetSocketAddress contactPoint = new InetSocketAddress(node.host(), node.nativePort());
      harness.createTopics();
      Map<String, String> config = harness.connectorConfig(contactPoint, node.localDatacenter());
      // An outage far longer than max.retries quick retries: still no dead letter, every row.
      config.put(ScyllaSinkConfig.MAX_RETRIES, "2");
      config.put(ScyllaSinkConfig.RETRY_BACKOFF_MS, "200");
      config.put(ScyllaSinkConfig.REQUEST_TIMEOUT_MS, "2000");
      produce(harness, 0, BATCH);
      try {
        writeThroughOutage(node, harness, config, connect, kafka);
      } finally {
        connect.deleteConnector(harness.connector);
      }
    }
  }

  private static void writeThroughOutage(
      EmbeddedCassandra node,
      SinkHarness harness,
      Map<String, String> config,
      ConnectEndpoint connect,
      KafkaEndpoint kafka) {
    InetSocketAddress contactPoint = new InetSocketAddress(node.host(), node.nativePort());
    connect.createConnector(harness.connector, config);
    connect.awaitConnectorRunning(harness.connector, SinkHarness.timeout());
    try (CqlSession cql = SinkHarness.session(contactPoint, node.localDatacenter())) {
      await().atMost(SinkHarness.timeout()).until(() -> count(cql, harness) == BATCH);
    }

    node.stop();
    produce(harness, BATCH, 2 * BATCH);
    // Keep the node down long enough for the task to meet the outage and back off.
    await()
        .pollDelay(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(() -> !harness.caughtUp());
    node.restart();

    try (CqlSession cql = SinkHarness.session(contactPoint, node.localDatacenter())) {
      await().atMost(SinkHarness.timeout()).until(() -> count(cql, harness) == 2 * BATCH);
    }
    connect.awaitConnectorRunning(harness.connector, Duration.ofSeconds(10));
    assertThat(
            kafka.readCommitted(
                harness.dlqTopic,
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer(),
                Duration.ofSeconds(10)))
        .isEmpty();
  }

  private static void produce(SinkHarness harness, int from, int to) {
    for (int i = from; i < to; i++) {
      String tx = SampleRecords.hash("7a", i);
      harness.produce("transactions", tx, SampleRecords.transaction(tx, 1, BLOCK, i));
    }
  }

  private static long count(CqlSession cql, SinkHarness harness) {
    return cql.execute("SELECT COUNT(*) FROM " + harness.keyspace + ".transactions_by_hash")
        .one()
        .getLong(0);
  }
}
