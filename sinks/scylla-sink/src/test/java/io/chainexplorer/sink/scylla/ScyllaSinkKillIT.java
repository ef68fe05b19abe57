package io.chainexplorer.sink.scylla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.embedded.ConnectWorkerProcess;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every record redelivered after a SIGKILL of the worker (a child JVM loading the connector from
 * its packaged plugin directory) leaves the tables exactly as they were.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class, CassandraExtension.class})
class ScyllaSinkKillIT {

  private static final String PLUGIN_DIR = "sinks/scylla-sink/target/connect-plugin";
  private static final String T2 = SampleRecords.hash("7a", 2);
  private static final String B2 = SampleRecords.hash("b2", 2);

  @Test
  void shouldLeaveIdenticalTablesWhenEveryRecordIsRedeliveredAfterAWorkerKill(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, CassandraEndpoint cassandra)
      throws Exception {
    int metricsPort = FreePorts.next();
    ConnectWorkerProcess.Options options =
        new ConnectWorkerProcess.Options()
            .groupId("scylla-kill-" + System.nanoTime())
            .pluginPath(ProjectPaths.required(PLUGIN_DIR, "run ./mvnw package on the sink"))
            .sinkMetricsPort(metricsPort)
            // No offset is committed before the kill: the restarted worker redelivers everything.
            .set("offset.flush.interval.ms", "600000");
    try (ConnectWorkerProcess worker =
            ConnectWorkerProcess.start(kafka.bootstrapServers(), options);
        SinkHarness harness = new SinkHarness(kafka, registry.confluentApiUrl());
        CqlSession cql =
            SinkHarness.session(cassandra.contactPoint(), cassandra.localDatacenter())) {
      harness.createTopics();
      harness.produceTwoBlocks();
      harness.produce(
          "transactions",
          T2,
          Transaction.newBuilder(SampleRecords.transaction(T2, 2, B2, 0))
              .setRetracted(true)
              .build());
      ConnectEndpoint connect = new ConnectEndpoint(worker);
      connect.createConnector(
          harness.connector,
          harness.connectorConfig(cassandra.contactPoint(), cassandra.localDatacenter()));
      connect.awaitConnectorRunning(harness.connector, SinkHarness.timeout());
      List<String> before = awaitAllWritten(cql, harness, metricsPort);
      long writtenBefore = writeTime(cql, harness);
      assertThat(harness.caughtUp()).as("offsets committed before the kill").isFalse();

      worker.kill();
      worker.restart();
      connect.awaitConnectorRunning(harness.connector, SinkHarness.timeout());
      // Redelivered rows hold the same values: only their write time tells they were rewritten.
      await().atMost(SinkHarness.timeout()).until(() -> writeTime(cql, harness) > writtenBefore);
      List<String> after = awaitAllWritten(cql, harness, metricsPort);

      assertThat(after).isEqualTo(before);
      assertThat(before)
          .filteredOn(row -> row.startsWith("transactions_"))
          .hasSize(3)
          .noneMatch(row -> row.contains(T2));
      assertThat(scrape(metricsPort))
          .contains(
              "chain_explorer_sink_scylla_rows_written_total{connector=\"" + harness.connector)
          .contains("chain_explorer_sink_scylla_rows_retracted_total");
      connect.deleteConnector(harness.connector);
    }
  }

  /** Waits until this worker JVM has received every record and the tables stop changing. */
  private static List<String> awaitAllWritten(CqlSession cql, SinkHarness harness, int port) {
    await()
        .atMost(SinkHarness.timeout())
        .ignoreExceptions()
        .until(() -> recordsReceived(scrape(port), harness.connector) == harness.produced());
    List<List<String>> last = new ArrayList<>(List.of(List.of()));
    await()
        .atMost(SinkHarness.timeout())
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              List<String> now = SinkHarness.dump(cql, harness.keyspace);
              boolean stable = !now.isEmpty() && now.equals(last.get(0));
              last.set(0, now);
              return stable;
            });
    return last.get(0);
  }

  private static double recordsReceived(String scrape, String connector) {
    Matcher matcher =
        Pattern.compile(
                "chain_explorer_sink_scylla_records_total\\{connector=\""
                    + Pattern.quote(connector)
                    + "\"} (\\S+)")
            .matcher(scrape);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }

  private static long writeTime(CqlSession cql, SinkHarness harness) {
    var row =
        cql.execute(
                "SELECT WRITETIME(block_hash) FROM "
                    + harness.keyspace
                    + ".transactions_by_hash WHERE tx_hash = ?",
                SampleRecords.hash("7a", 1))
            .one();
    return row == null ? 0 : row.getLong(0);
  }

  private static String scrape(int port) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
