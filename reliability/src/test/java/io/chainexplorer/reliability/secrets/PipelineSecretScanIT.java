package io.chainexplorer.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.reliability.secrets.ScanReport.Kind;
import io.chainexplorer.reliability.secrets.SecretScan.Finding;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key planted in one output of each kind (a process log, a Prometheus output, a topic header, a
 * table row, a compressed Parquet page) is found there and only there; a key nothing carries is
 * found nowhere, though every kind was scanned.
 */
@ExtendWith({KafkaExtension.class, CassandraExtension.class})
class PipelineSecretScanIT {

  private static final String PLANTED = "sk-planted-4e8b1c7d";
  private static final String UNUSED = "sk-unused-0a9f3e21";
  private static final String KEYSPACE = "secrets_scan";

  @TempDir Path run;

  /** One topic per test: the broker outlives the test. */
  private final String topic = "secrets-scan.leaky." + System.nanoTime();

  private CqlSession cql;
  private MetricsServer metrics;
  private PipelineSecretScan.Sources sources;

  @BeforeEach
  void plant(KafkaEndpoint kafka, CassandraEndpoint cassandra) throws Exception {
    Path apps = Files.createDirectories(run.resolve("apps"));
    Files.writeString(apps.resolve("tx-enricher.log"), "started\n");
    Files.writeString(apps.resolve("block-poller.log"), "GET http://node/?key=" + PLANTED + "\n");
    // a topic's segment file is data, scanned through the broker, not as a log
    Path segment = Files.createDirectories(run.resolve("kafka-broker/logs/raw-0"));
    Files.writeString(segment.resolve("00000000000000000000.log"), PLANTED);
    Path cold = Files.createDirectories(run.resolve("cold-store/devnet/log"));
    ParquetFiles.write(cold.resolve("part-0.parquet"), PLANTED);

    metrics = MetricsServer.start("127.0.0.1", 0, "block-poller", "devnet", () -> true);
    metrics.registry().counter("leaky.calls", "url", "http://node/?key=" + PLANTED).increment();

    kafka.createTopic(topic, 1);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerConfig())) {
      ProducerRecord<byte[], byte[]> record =
          new ProducerRecord<>(topic, bytes("block-1"), bytes("{\"ok\":true}"));
      record.headers().add("origin", bytes(PLANTED));
      producer.send(record).get();
    }

    cql =
        CqlSession.builder()
            .addContactPoint(cassandra.contactPoint())
            .withLocalDatacenter(cassandra.localDatacenter())
            .build();
    cql.execute(
        "CREATE KEYSPACE IF NOT EXISTS "
            + KEYSPACE
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    cql.execute("CREATE TABLE IF NOT EXISTS " + KEYSPACE + ".calls (id int PRIMARY KEY, url text)");
    cql.execute("INSERT INTO " + KEYSPACE + ".calls (id, url) VALUES (1, 'clean')");
    cql.execute("INSERT INTO " + KEYSPACE + ".calls (id, url) VALUES (2, '" + PLANTED + "')");

    sources =
        new PipelineSecretScan.Sources(
            kafka.bootstrapServers(),
            cql,
            KEYSPACE,
            run.resolve("cold-store"),
            RunFiles.under(run, List.of(run.resolve("cold-store"))),
            List.of(metrics.metricsUri(), URI.create("http://127.0.0.1:1/metrics")));
  }

  @AfterEach
  void tearDown() {
    metrics.close();
    cql.close();
  }

  @Test
  void shouldFindAPlantedKeyInEveryKindOfOutputAndNameOnlyItsAliasAndPlace() throws Exception {
    ScanReport report = PipelineSecretScan.scan(sources, Map.of("planted", PLANTED));

    assertThat(report.findings().get(Kind.LOGS))
        .containsExactly(new Finding("planted", run.resolve("apps/block-poller.log").toString()));
    assertThat(report.findings().get(Kind.METRICS))
        .containsExactly(new Finding("planted", metrics.metricsUri().toString()));
    assertThat(report.findings().get(Kind.TOPICS))
        .containsExactly(new Finding("planted", topic + ":0:0 header origin"));
    assertThat(report.findings().get(Kind.TABLES))
        .containsExactly(new Finding("planted", KEYSPACE + ".calls"));
    assertThat(report.findings().get(Kind.FILES))
        .extracting(Finding::where)
        .containsExactly(run.resolve("cold-store/devnet/log/part-0.parquet").toString());
    assertThat(report.clean()).isFalse();
    assertThat(report.toMarkdown()).contains("| hot-table rows | 2 | 1 |").doesNotContain(PLANTED);
    assertThat(report.unreachable()).singleElement().asString().startsWith("http://127.0.0.1:1/");
  }

  @Test
  void shouldBeCleanWhenNoOutputCarriesTheKeyThoughEveryKindWasScanned() throws Exception {
    ScanReport report = PipelineSecretScan.scan(sources, Map.of("unused", UNUSED));

    assertThat(report.all()).isEmpty();
    assertThat(report.scanned()).containsEntry(Kind.LOGS, 2L).containsEntry(Kind.METRICS, 1L);
    assertThat(report.scanned().get(Kind.TOPICS)).isGreaterThanOrEqualTo(2);
    assertThat(report.clean()).isTrue();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
