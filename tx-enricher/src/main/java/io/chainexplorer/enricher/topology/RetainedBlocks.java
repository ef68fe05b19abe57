package io.chainexplorer.enricher.topology;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Where the raw blocks that can still be retracted sit in the raw-block topic (partition and
 * offset), keyed by height and hash ({@code 0000000000018000000:0xabc...}: sorted by height, so
 * eviction is one range scan). Bounded: storing a block evicts those more than {@code
 * retainedBlocks} below it.
 */
final class RetainedBlocks {

  private static final String FORMAT = "%019d:%s";
  private static final int VALUE_BYTES = Integer.BYTES + Long.BYTES;

  private final KeyValueStore<String, byte[]> store;
  private final int retainedBlocks;

  /**
   * Heights below this are already evicted by this instance. The first eviction after start scans
   * from zero (what a restored store may hold); later ones scan only the heights newly out of the
   * window, instead of seeking past every earlier deletion's tombstone on each block.
   */
  private long evictedBelow;

  /** A raw block's record in the raw-block topic. */
  record Position(int partition, long offset) {}

  RetainedBlocks(KeyValueStore<String, byte[]> store, int retainedBlocks) {
    this.store = store;
    this.retainedBlocks = retainedBlocks;
  }

  static String key(long blockNumber, String blockHash) {
    return String.format(FORMAT, blockNumber, blockHash);
  }

  void retain(long blockNumber, String blockHash, Position position) {
    byte[] value =
        ByteBuffer.allocate(VALUE_BYTES)
            .putInt(position.partition())
            .putLong(position.offset())
            .array();
    store.put(key(blockNumber, blockHash), value);
    evictBelow(blockNumber - retainedBlocks);
  }

  /** Where the block with this height and hash was read, removed from the store; null if absent. */
  Position take(long blockNumber, String blockHash) {
    byte[] value = store.delete(key(blockNumber, blockHash));
    if (value == null) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(value);
    return new Position(buffer.getInt(), buffer.getLong());
  }

  private void evictBelow(long lowestKept) {
    if (lowestKept <= evictedBelow) {
      return;
    }
    List<String> evicted = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> old =
        store.range(key(evictedBelow, ""), key(lowestKept, ""))) {
      while (old.hasNext()) {
        KeyValue<String, byte[]> entry = old.next();
        evicted.add(entry.key);
      }
    }
    evicted.forEach(store::delete);
    evictedBelow = lowestKept;
  }
}
