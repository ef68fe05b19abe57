package io.chainexplorer.schemas.registry;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to retry a registry request: exponential backoff from {@code
 * initialBackoffMs}, capped at {@code maxBackoffMs}, each wait drawn at random between half and all
 * of it so that clients restarted together do not retry in step.
 */
public record RetryPolicy(int retries, long initialBackoffMs, long maxBackoffMs) {

  /** The wait before retry number {@code attempt} (1-based). */
  public long backoffMs(int attempt) {
    long exponential = initialBackoffMs << Math.min(attempt - 1, 20);
    long capped = Math.min(Math.max(exponential, 0), maxBackoffMs);
    if (capped <= 1) {
      return capped;
    }
    long half = capped / 2;
    return half + ThreadLocalRandom.current().nextLong(capped - half + 1);
  }
}
