package io.chainexplorer.cli.verify;

import io.chainexplorer.enricher.mapping.SplitBlock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;

/**
 * Everything derived from one block, as canonical bytes per entity and topic key (keys sorted, so
 * the order records were derived, written or read in plays no part).
 */
public final class BlockContent {

  private final long blockNumber;
  private final Map<DerivedEntity, SortedMap<String, byte[]>> records;

  private BlockContent(long blockNumber, Map<DerivedEntity, SortedMap<String, byte[]>> records) {
    this.blockNumber = blockNumber;
    this.records = records;
  }

  /** The content of a block as the enricher derives it now. */
  public static BlockContent of(SplitBlock split) {
    Builder builder = builder(split.block().getBlockNumber());
    for (DerivedEntity entity : DerivedEntity.values()) {
      entity.recordsOf(split).forEach(record -> builder.add(entity, record));
    }
    return builder.build();
  }

  /** An empty content of block {@code blockNumber}, to fill record by record. */
  public static Builder builder(long blockNumber) {
    return new Builder(blockNumber);
  }

  public long blockNumber() {
    return blockNumber;
  }

  /** The canonical bytes of the records of {@code entity} by topic key; empty when none. */
  public SortedMap<String, byte[]> records(DerivedEntity entity) {
    return Collections.unmodifiableSortedMap(records.get(entity));
  }

  /** Whether no record at all of the block is there. */
  public boolean isEmpty() {
    return records.values().stream().allMatch(Map::isEmpty);
  }

  /** The block's content hash, see {@link BlockContentHash}. */
  public String hash() {
    return BlockContentHash.of(this);
  }

  /** Collects the records of one block; a later record with the same key replaces the earlier. */
  public static final class Builder {

    private final long blockNumber;
    private final Map<DerivedEntity, SortedMap<String, byte[]>> records =
        new EnumMap<>(DerivedEntity.class);

    private Builder(long blockNumber) {
      this.blockNumber = blockNumber;
      for (DerivedEntity entity : DerivedEntity.values()) {
        records.put(entity, new TreeMap<>());
      }
    }

    /** Adds a record of {@code entity} under its topic key. */
    public Builder add(DerivedEntity entity, GenericRecord record) {
      return add(entity, entity.keyOf(record), CanonicalEncoding.of(entity).encode(record));
    }

    /** Adds canonical bytes already encoded, under {@code key}. */
    public Builder add(DerivedEntity entity, String key, byte[] canonical) {
      records.get(entity).put(key, canonical);
      return this;
    }

    public BlockContent build() {
      Map<DerivedEntity, SortedMap<String, byte[]>> copy = new EnumMap<>(DerivedEntity.class);
      records.forEach((entity, byKey) -> copy.put(entity, new TreeMap<>(byKey)));
      return new BlockContent(blockNumber, copy);
    }
  }
}
