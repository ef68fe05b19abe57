package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  @Test
  void shouldKeepThePreferredPortWhenItIsFree() throws Exception {
    int free = FreePorts.next();

    assertThat(FreePorts.preferred(free)).isEqualTo(free);
  }

  @Test
  void shouldFallBackToAnotherPortWhenThePreferredOneIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = FreePorts.preferred(taken.getLocalPort());

      assertThat(port).isPositive().isNotEqualTo(taken.getLocalPort());
    }
  }
}
