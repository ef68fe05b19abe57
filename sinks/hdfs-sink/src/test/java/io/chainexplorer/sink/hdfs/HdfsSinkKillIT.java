package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.embedded.ConnectWorkerProcess;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.sink.hdfs.writer.CommitHook.Step;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.HdfsEndpoint;
import io.chainexplorer.testsupport.HdfsExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash between a file's write and its rename: the worker runs in a child JVM that loads the
 * connector from (a copy of) its packaged plugin directory, with the test's {@link
 * HaltingCommitHook} added to it, and halts (no shutdown hook, no flush) right after the second
 * temporary file is closed; restarted, it leaves every offset in exactly one file.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class, HdfsExtension.class})
class HdfsSinkKillIT {

  private static final long BLOCK_TIME = Instant.parse("2024-05-01T12:00:00Z").getEpochSecond();
  private static final int RECORDS = 20;
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final String PLUGIN_DIR =
      "sinks/hdfs-sink/target/connect-plugin/chain-explorer-hdfs-sink";

  @Test
  void shouldHoldEveryOffsetExactlyOnceWhenTheWorkerIsKilledBetweenWriteAndRename(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, HdfsEndpoint hdfs, @TempDir Path tmp)
      throws Exception {
    Path marker = tmp.resolve("halted");
    int metricsPort = FreePorts.next();
    ConnectWorkerProcess.Options options =
        new ConnectWorkerProcess.Options()
            .groupId("hdfs-kill-" + System.nanoTime())
            .pluginPath(
                PluginWithTestClasses.create(
                    ProjectPaths.required(PLUGIN_DIR, "run ./mvnw package on the sink"),
                    Files.createDirectories(tmp.resolve("plugins")),
                    HaltingCommitHook.class))
            .sinkMetricsPort(metricsPort)
            .systemProperty(HaltingCommitHook.STEP_PROPERTY, Step.BEFORE_RENAME.name())
            .systemProperty(HaltingCommitHook.COMMIT_PROPERTY, "2")
            .systemProperty(HaltingCommitHook.MARKER_PROPERTY, marker.toString());
    try (ConnectWorkerProcess worker =
        ConnectWorkerProcess.start(kafka.bootstrapServers(), options)) {
      SinkFixture fixture = new SinkFixture(kafka, registry, new ConnectEndpoint(worker), hdfs);
      String topic = fixture.catalogue.confirmedTransactions().name();
      fixture.start(
          List.of(topic),
          // Files rotate by count only: a slow producer must not cut a file short by its age.
          Map.of(
              HdfsSinkConfig.FLUSH_SIZE, 5,
              HdfsSinkConfig.ROTATE_INTERVAL_MS, 600_000,
              HdfsSinkConfig.COMMIT_HOOK_CLASS, HaltingCommitHook.class.getName()));
      List<GenericRecord> produced = new ArrayList<>();
      for (int i = 0; i < RECORDS; i++) {
        produced.add(SampleRecords.record(Transaction.getClassSchema(), i, BLOCK_TIME));
      }
      fixture.produce(topic, produced);

      worker.awaitExit(PATIENCE);
      assertThat(Files.readString(marker)).isEqualTo(topic + "+0+5+9.parquet");
      assertThat(ParquetFiles.all(hdfs.fileSystem(), fixture.tempDir(topic)))
          .as("the closed but not renamed file the crash left behind")
          .hasSize(1);
      assertThat(ParquetFiles.committed(hdfs.fileSystem(), fixture.root()))
          .extracting(f -> f.name().endOffset())
          .containsExactly(4L);

      worker.restart();
      ExactlyOnceFiles.assertEveryOffsetOnce(hdfs, fixture, topic, produced, PATIENCE);
      assertThat(scrape(metricsPort))
          .contains("chain_explorer_sink_hdfs_temp_files_discarded_total")
          .containsPattern(
              "chain_explorer_sink_hdfs_files_committed_total\\{connector=\""
                  + fixture.connector
                  + "\",entity=\"transaction\"} 3.0");
      fixture.stop();
    }
  }

  private static String scrape(int port) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
