package io.chainexplorer.reliability.truth;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The canonical chain over a block range, as one store should hold it: the canonical hash of each
 * height and, per entity, the one record of each key.
 */
public final class ExpectedChain {

  private final long from;
  private final long to;
  private final Map<Long, String> canonicalHashes;
  private final Map<String, Map<String, Observed>> records;

  private ExpectedChain(
      long from,
      long to,
      Map<Long, String> canonicalHashes,
      Map<String, Map<String, Observed>> records) {
    this.from = from;
    this.to = to;
    this.canonicalHashes = canonicalHashes;
    this.records = records;
  }

  /** An empty chain over blocks {@code from..to} (inclusive), to fill block by block. */
  public static Builder builder(long from, long to) {
    return new Builder(from, to);
  }

  public long from() {
    return from;
  }

  public long to() {
    return to;
  }

  /** Whether {@code blockNumber} is in the checked range. */
  public boolean covers(long blockNumber) {
    return blockNumber >= from && blockNumber <= to;
  }

  /** The canonical hash at {@code blockNumber}, empty when the node had no block there. */
  public Optional<String> canonicalHash(long blockNumber) {
    return Optional.ofNullable(canonicalHashes.get(blockNumber));
  }

  /** The entities with at least one expected record or declared empty, in insertion order. */
  public Iterable<String> entities() {
    return records.keySet();
  }

  /** The expected records of {@code entity} by key; empty when none. */
  public Map<String, Observed> records(String entity) {
    return Collections.unmodifiableMap(records.getOrDefault(entity, Map.of()));
  }

  /** Collects the canonical hashes and records of a range. */
  public static final class Builder {

    private final long from;
    private final long to;
    private final Map<Long, String> canonicalHashes = new TreeMap<>();
    private final Map<String, Map<String, Observed>> records = new LinkedHashMap<>();

    private Builder(long from, long to) {
      if (to < from) {
        throw new IllegalArgumentException("empty range " + from + ".." + to);
      }
      this.from = from;
      this.to = to;
    }

    /** Declares an entity the store must be checked for, even if the range yields none. */
    public Builder entity(String entity) {
      records.computeIfAbsent(entity, e -> new LinkedHashMap<>());
      return this;
    }

    /** Declares the canonical block at {@code blockNumber}. */
    public Builder canonical(long blockNumber, String blockHash) {
      canonicalHashes.put(blockNumber, blockHash);
      return this;
    }

    /**
     * Adds an expected record; its block must be declared canonical.
     *
     * @throws IllegalArgumentException when the chain already has a record with that key: the chain
     *     itself would then hold a duplicate, which a key choice must never allow
     */
    public Builder add(Observed record) {
      if (!record.blockHash().equals(canonicalHashes.get(record.blockNumber()))) {
        throw new IllegalArgumentException(
            "block " + record.blockNumber() + " " + record.blockHash() + " is not canonical");
      }
      Observed previous =
          records
              .computeIfAbsent(record.entity(), e -> new LinkedHashMap<>())
              .put(record.key(), record);
      if (previous != null) {
        throw new IllegalArgumentException(
            "two " + record.entity() + " records with key " + record.key());
      }
      return this;
    }

    public ExpectedChain build() {
      Map<String, Map<String, Observed>> copy = new LinkedHashMap<>();
      records.forEach((entity, byKey) -> copy.put(entity, new HashMap<>(byKey)));
      return new ExpectedChain(from, to, new TreeMap<>(canonicalHashes), copy);
    }
  }
}
