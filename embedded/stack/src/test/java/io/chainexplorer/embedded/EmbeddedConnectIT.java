package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(180)
class EmbeddedConnectIT {

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
  void shouldFailWithoutStoppingTheJvmWhenTheRestPortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      EmbeddedConnect.Options options =
          new EmbeddedConnect.Options()
              .groupId("port-taken")
              .set("listeners", "http://127.0.0.1:" + taken.getLocalPort());

      assertThatThrownBy(() -> EmbeddedConnect.start(kafka.bootstrapServers(), options))
          .hasMessageContaining("REST server");
    }
  }

  @Test
  void shouldServeItsRestApiAndStopOnceWhenClosedTwice() {
    EmbeddedConnect connect =
        EmbeddedConnect.start(
            kafka.bootstrapServers(), new EmbeddedConnect.Options().groupId("close-twice"));
    String url = connect.restUrl();

    assertThat(url).startsWith("http://127.0.0.1:");
    connect.close();
    connect.close();
    assertThat(FreePorts.isListening(Integer.parseInt(url.substring(url.lastIndexOf(':') + 1))))
        .isFalse();
    assertThatThrownBy(() -> connect.awaitConnectorRunning("none", Duration.ofMillis(100)))
        .isInstanceOf(IllegalStateException.class);
  }
}
