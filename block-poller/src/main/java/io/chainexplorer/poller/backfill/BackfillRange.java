package io.chainexplorer.poller.backfill;

/**
 * A closed range of block numbers to backfill; its name keys the range's own cursor, so ranges of
 * one chain, and the head follower, never share progress.
 */
public record BackfillRange(long from, long to) {

  public BackfillRange {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(
          "a backfill range needs 0 <= from <= to, got " + from + ".." + to);
    }
  }

  /** How many blocks the range holds. */
  public long size() {
    return to - from + 1;
  }

  /** {@code <chain>-backfill-<from>-<to>}: a valid chain name, used as the cursor's key. */
  public String cursorName(String chain) {
    return chain + "-backfill-" + from + "-" + to;
  }
}
