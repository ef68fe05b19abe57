package io.chainexplorer.devstack.run;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) as a request the command thread waits for; the JVM's shutdown is held until
 * the command reports that it has stopped everything, or a grace period passes.
 */
final class ShutdownSignal {

  static final Duration GRACE = Duration.ofSeconds(90);

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  private ShutdownSignal() {}

  /** A signal raised by the JVM's shutdown sequence. */
  static ShutdownSignal onJvmShutdown() {
    ShutdownSignal signal = new ShutdownSignal();
    Runtime.getRuntime().addShutdownHook(new Thread(signal::holdShutdown, "chain-explorer-stop"));
    return signal;
  }

  /** Blocks until a stop is requested. */
  void awaitRequest() throws InterruptedException {
    requested.await();
  }

  /** Blocks until a stop is requested or {@code timeout} passes; true when requested. */
  boolean awaitRequest(Duration timeout) throws InterruptedException {
    return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Tells the shutdown sequence that everything has stopped. */
  void stopped() {
    stopped.countDown();
  }

  private void holdShutdown() {
    requested.countDown();
    try {
      stopped.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
