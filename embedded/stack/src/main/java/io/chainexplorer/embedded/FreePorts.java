package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** Loopback ports: finding free ones and waiting until a server listens on one. */
public final class FreePorts {

  private FreePorts() {}

  /** A port that was free on the loopback interface a moment ago. */
  public static int next() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  /**
   * {@code preferred} when nothing holds it on the loopback interface now, otherwise a free port:
   * services a user points tools at keep their well-known ports when they can.
   */
  public static int preferred(int preferred) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), preferred), 1);
      return preferred;
    } catch (IOException e) {
      return next();
    }
  }

  /** Whether something accepts TCP connections on the loopback port. */
  public static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Polls the port until it accepts connections, the process dies, or the timeout passes.
   *
   * @throws IllegalStateException naming the component when it does not come up in time
   */
  public static void awaitListening(String component, int port, Process process, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (isListening(port)) {
        return;
      }
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(
            component + " exited with code " + process.exitValue() + " before listening");
      }
      pause(Duration.ofMillis(100));
    }
    throw new IllegalStateException(
        component + " did not listen on port " + port + " within " + timeout);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a port", e);
    }
  }
}
