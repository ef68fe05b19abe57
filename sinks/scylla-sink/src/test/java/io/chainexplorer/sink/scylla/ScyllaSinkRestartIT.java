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
  void shouldWriteEveryRecordWhenCassandraIsStoppedMidStreamAndRestarted(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, ConnectEndpoint connect) {
    try (EmbeddedCassandra node = EmbeddedCassandra.start();
        SinkHarness harness = new SinkHarness(kafka, registry.confluentApiUrl())) {
      InetSocketAddress contactPoint = new InetSocketAddress(node.host(), node.nativePort());
      harness.createTopics();
      Map<String, String> config = harness.connectorConfig(contactPoint, node.localDatacenter());
      config.put(ScyllaSinkConfig.MAX_RETRIES, "1000");
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

  @Test
  void shouldSendRecordsToTheDeadLetterTopicOnceRetriesAreSpent(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, ConnectEndpoint connect) {
    try (EmbeddedCassandra node = EmbeddedCassandra.start();
        SinkHarness harness = new SinkHarness(kafka, registry.confluentApiUrl())) {
      harness.createTopics();
      Map<String, String> config =
          harness.connectorConfig(
              new InetSocketAddress(node.host(), node.nativePort()), node.localDatacenter());
      config.put(ScyllaSinkConfig.MAX_RETRIES, "2");
      try {
        connect.createConnector(harness.connector, config);
        connect.awaitConnectorRunning(harness.connector, SinkHarness.timeout());
        node.stop();
        produce(harness, 0, 3);

        var dead =
            kafka.awaitCommitted(
                harness.dlqTopic,
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer(),
                3,
                SinkHarness.timeout());

        assertThat(dead)
            .extracting(
                r ->
                    new String(
                        r.headers().lastHeader("__connect.errors.exception.class.name").value(),
                        java.nio.charset.StandardCharsets.UTF_8))
            .allMatch(
                name ->
                    name.matches(
                        "com\\.datastax\\.oss\\.driver\\.api\\.core\\."
                            + "(NoNodeAvailable|AllNodesFailed)Exception"));
      } finally {
        connect.deleteConnector(harness.connector);
      }
    }
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
