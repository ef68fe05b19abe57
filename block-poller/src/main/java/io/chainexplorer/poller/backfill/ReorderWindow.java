package io.chainexplorer.poller.backfill;

import io.chainexplorer.avro.RawBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Hands block numbers to fetch workers in ascending order, never more than {@code capacity} ahead
 * of the next block to publish, and gives fetched blocks back in order without gaps: memory stays
 * bounded by the window however slow one fetch is. Thread-safe.
 */
final class ReorderWindow {

  /** What {@link #claim()} returns when every number of the range is handed out. */
  static final long DONE = -1;

  private final long last;
  private final int capacity;
  private final TreeMap<Long, RawBlock> fetched = new TreeMap<>();
  private long nextToClaim;
  private long nextToPublish;
  private Throwable failure;

  /**
   * @param first first block number to fetch
   * @param last last block number to fetch, inclusive
   * @param capacity most numbers claimed but not yet taken for publication
   */
  ReorderWindow(long first, long last, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the window holds at least one block");
    }
    this.last = last;
    this.capacity = capacity;
    this.nextToClaim = first;
    this.nextToPublish = first;
  }

  /**
   * The next number to fetch, waiting while the window is full; {@link #DONE} when the range is
   * handed out or the window failed.
   */
  synchronized long claim() throws InterruptedException {
    while (failure == null && nextToClaim <= last && nextToClaim >= nextToPublish + capacity) {
      wait();
    }
    if (failure != null || nextToClaim > last) {
      return DONE;
    }
    return nextToClaim++;
  }

  /** Stores a fetched block and wakes the publisher when it is the next one due. */
  synchronized void complete(RawBlock block) {
    long number = block.getBlockNumber();
    if (number < nextToPublish || number >= nextToClaim || fetched.containsKey(number)) {
      throw new IllegalStateException("block " + number + " was not claimed or is already in");
    }
    fetched.put(number, block);
    notifyAll();
  }

  /** Stops claims and takes: a worker could not fetch a block. */
  synchronized void fail(Throwable cause) {
    if (failure == null) {
      failure = cause;
    }
    notifyAll();
  }

  /**
   * Waits for the next block due, then takes it and the contiguous ones after it, up to {@code
   * max}; empty when the range is published whole.
   *
   * @throws BackfillException when a worker failed
   */
  synchronized List<RawBlock> takeReady(int max) throws InterruptedException {
    while (failure == null && nextToPublish <= last && !fetched.containsKey(nextToPublish)) {
      wait();
    }
    if (failure != null) {
      throw new BackfillException("fetching failed before block " + nextToPublish, failure);
    }
    List<RawBlock> ready = new ArrayList<>();
    while (ready.size() < max && fetched.containsKey(nextToPublish)) {
      ready.add(fetched.remove(nextToPublish));
      nextToPublish++;
    }
    notifyAll();
    return ready;
  }

  /** How many blocks are fetched and waiting for publication. */
  synchronized int buffered() {
    return fetched.size();
  }
}
