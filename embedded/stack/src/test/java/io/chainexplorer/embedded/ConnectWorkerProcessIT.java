package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(300)
class ConnectWorkerProcessIT {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @Test
  void shouldComeBackOnTheSamePortAfterAKillAndStopOnClose() {
    ConnectWorkerProcess worker =
        ConnectWorkerProcess.start(
            kafka.bootstrapServers(), new ConnectWorkerProcess.Options().groupId("kill-restart"));
    try {
      String url = worker.restUrl();
      ProcessHandle first = ProcessHandle.of(worker.pid()).orElseThrow();
      assertThat(worker.taskState("none", 0)).isEmpty();

      worker.kill();

      assertThat(first.isAlive()).isFalse();
      assertThat(worker.isRunning()).isFalse();
      assertThat(FreePorts.isListening(port(url))).isFalse();
      worker.restart();
      assertThat(worker.restUrl()).isEqualTo(url);
      assertThat(worker.pid()).isNotEqualTo(first.pid());
      assertThat(worker.taskState("none", 0)).isEmpty();
    } finally {
      worker.close();
    }
    assertThat(worker.isRunning()).isFalse();
    assertThat(FreePorts.isListening(port(worker.restUrl()))).isFalse();
  }

  @Test
  void shouldGiveTheChildItsOwnSystemPropertiesOnly() {
    ConnectWorkerProcess.Options options =
        new ConnectWorkerProcess.Options()
            .groupId("child-properties")
            .systemProperty("chainexplorer.test.marker", "child-only")
            .sinkMetricsPort(FreePorts.next());
    try (ConnectWorkerProcess worker =
        ConnectWorkerProcess.start(kafka.bootstrapServers(), options)) {
      String commandLine =
          ProcessHandle.of(worker.pid()).orElseThrow().info().commandLine().orElse("");

      assertThat(commandLine)
          .contains("-Dchainexplorer.test.marker=child-only")
          .contains("-D" + ConnectWorkerProcess.SINK_METRICS_PORT_PROPERTY + "=");
      assertThat(System.getProperty("chainexplorer.test.marker")).isNull();
      assertThat(worker.logFile()).exists();
    }
  }

  private static int port(String url) {
    return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
  }
}
