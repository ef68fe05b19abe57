package io.chainexplorer.sink.hdfs;

import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.ConnectExtension;
import io.chainexplorer.testsupport.HdfsEndpoint;
import io.chainexplorer.testsupport.HdfsExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.time.Duration;
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
}
