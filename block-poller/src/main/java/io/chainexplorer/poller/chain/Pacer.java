package io.chainexplorer.poller.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Waits until an instant of the follower's clock; tests advance a simulated clock instead. */
@FunctionalInterface
public interface Pacer {

  void sleepUntil(Instant deadline) throws InterruptedException;

  /** Sleeps the calling thread until the clock reaches the deadline. */
  static Pacer sleeping(Clock clock) {
    return deadline -> {
      Duration left = Duration.between(clock.instant(), deadline);
      if (!left.isNegative() && !left.isZero()) {
        Thread.sleep(left.toMillis(), left.toNanosPart() % 1_000_000);
      }
    };
  }
}
