package io.chainexplorer.platform.deadletter;

import java.time.Instant;

/**
 * Which dead letters a replay takes, by the time they were dead-lettered (the record timestamp of
 * the envelope): from inclusive, to exclusive; null: unbounded on that side.
 */
public record ReplayRange(Instant from, Instant to) {

  /** Every dead letter. */
  public static final ReplayRange ALL = new ReplayRange(null, null);

  public ReplayRange {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("--from " + from + " is not before --to " + to);
    }
  }
}
