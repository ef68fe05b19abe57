package io.chainexplorer.sink.hdfs;

import static org.awaitility.Awaitility.await;

import io.chainexplorer.sink.hdfs.ParquetFiles.ReadFile;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.ConnectExtension;
import io.chainexplorer.testsupport.HdfsEndpoint;
import io.chainexplorer.testsupport.HdfsExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared broker, registry, Connect worker and MiniDFS of the connector's ITs, with a fixture of
 * its own per test whose connector is deleted after it.
 */
@ExtendWith({
  KafkaExtension.class,
  SchemaRegistryExtension.class,
  ConnectExtension.class,
  HdfsExtension.class
})
abstract class HdfsSinkStack {

  /** How long a test waits for the connector's files. */
  static final Duration PATIENCE = Duration.ofSeconds(90);

  // Injected by the extensions before each test.
  KafkaEndpoint kafka;
  SchemaRegistryEndpoint registry;
  ConnectEndpoint connect;
  HdfsEndpoint hdfs;
  SinkFixture fixture;

  @BeforeEach
  void createFixture() {
    fixture = new SinkFixture(kafka, registry, connect, hdfs);
  }

  @AfterEach
  void deleteConnector() {
    fixture.stop();
  }

  /** Waits until the fixture's committed files hold at least {@code count} rows, and reads them. */
  List<ReadFile> awaitRows(int count) {
    List<List<ReadFile>> seen = new ArrayList<>(List.of(List.of()));
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              seen.set(0, ParquetFiles.committed(hdfs.fileSystem(), fixture.root()));
              return seen.get(0).stream().mapToInt(f -> f.rows().size()).sum() >= count;
            });
    return seen.get(0);
  }
}
