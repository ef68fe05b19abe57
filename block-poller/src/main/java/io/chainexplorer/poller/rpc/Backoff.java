package io.chainexplorer.poller.rpc;

import java.time.Duration;
import java.util.Random;

/** Jittered exponential backoff: attempt n waits a random 50–100 % of min(max, base·2^(n-1)). */
final class Backoff {

  private final Duration base;
  private final Duration max;
  private final Random random;

  Backoff(Duration base, Duration max, Random random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The delay before retry number {@code attempt} (1 for the first retry). */
  Duration delay(int attempt) {
    long ceiling = max.toMillis();
    long exponential = base.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(ceiling, exponential);
    synchronized (random) {
      return Duration.ofMillis(capped / 2 + (long) (random.nextDouble() * (capped / 2.0)));
    }
  }
}
