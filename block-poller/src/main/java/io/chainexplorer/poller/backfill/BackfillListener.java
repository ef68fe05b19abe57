package io.chainexplorer.poller.backfill;

/** Told of each committed transaction of a backfill, on the publishing thread. */
@FunctionalInterface
public interface BackfillListener {

  BackfillListener NONE = (tip, blocks) -> {};

  /** Called once before the first fetch with the first block this run publishes. */
  default void started(long first) {}

  /**
   * @param tip the highest block number committed so far
   * @param blocks how many blocks this transaction committed
   */
  void committed(long tip, int blocks);
}
