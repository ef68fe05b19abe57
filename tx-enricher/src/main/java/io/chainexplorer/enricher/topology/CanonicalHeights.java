package io.chainexplorer.enricher.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Which block hash currently holds each recent height, so a retraction removes a height's figures
 * only when it retracts the block that is there, whichever of retraction and replacement comes
 * first. Bounded like {@link RetainedBlocks}.
 */
final class CanonicalHeights {

  private final KeyValueStore<Long, String> store;
  private final int retainedBlocks;

  /** Heights below this are already evicted by this instance (see {@link RetainedBlocks}). */
  private long evictedBelow;

  CanonicalHeights(KeyValueStore<Long, String> store, int retainedBlocks) {
    this.store = store;
    this.retainedBlocks = retainedBlocks;
  }

  void hold(long blockNumber, String blockHash) {
    store.put(blockNumber, blockHash);
    long lowestKept = blockNumber - retainedBlocks;
    if (lowestKept > evictedBelow) {
      List<Long> evicted = new ArrayList<>();
      try (KeyValueIterator<Long, String> old = store.range(evictedBelow, lowestKept - 1)) {
        old.forEachRemaining(entry -> evicted.add(entry.key));
      }
      evicted.forEach(store::delete);
      evictedBelow = lowestKept;
    }
  }

  /** Frees the height if {@code blockHash} holds it; true when it did. */
  boolean release(long blockNumber, String blockHash) {
    if (blockHash.equals(store.get(blockNumber))) {
      store.delete(blockNumber);
      return true;
    }
    return false;
  }
}
