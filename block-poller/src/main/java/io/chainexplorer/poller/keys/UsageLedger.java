package io.chainexplorer.poller.keys;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where a pool keeps each key's daily usage beyond its own memory: what this instance used before a
 * restart, and what the other instances sharing the keys use now.
 */
public interface UsageLedger extends AutoCloseable {

  /**
   * The units and calls this instance recorded for {@code key} on {@code day} before it started.
   */
  KeyUsage restored(ApiKey key, LocalDate day);

  /** The usage of {@code key} on {@code day} by every other instance, as last seen. */
  SharedUsage others(ApiKey key, LocalDate day);

  /** This instance's running total of {@code key} on {@code day}; the ledger may publish later. */
  void record(ApiKey key, LocalDate day, KeyUsage usage);

  /**
   * How old {@link #others} may be: another instance's usage in this window may not be seen yet.
   */
  Duration staleness();

  @Override
  void close();

  /** One instance alone, nothing persisted. */
  static UsageLedger inMemory() {
    return new UsageLedger() {
      @Override
      public KeyUsage restored(ApiKey key, LocalDate day) {
        return KeyUsage.NONE;
      }

      @Override
      public SharedUsage others(ApiKey key, LocalDate day) {
        return SharedUsage.NONE;
      }

      @Override
      public void record(ApiKey key, LocalDate day, KeyUsage usage) {
        // Nothing to share.
      }

      @Override
      public Duration staleness() {
        return Duration.ZERO;
      }

      @Override
      public void close() {
        // Nothing held.
      }
    };
  }

  /** Units and calls by method of one key on one day. */
  record KeyUsage(long units, Map<String, Long> callsByMethod) {
    public static final KeyUsage NONE = new KeyUsage(0, Map.of());

    public KeyUsage {
      callsByMethod = Map.copyOf(callsByMethod);
    }
  }

  /**
   * The sum of other instances' units of one key on one day, how many instances used it that day,
   * and how many of them published within the last few publish intervals (still spending).
   */
  record SharedUsage(long units, int instances, int active) {
    public static final SharedUsage NONE = new SharedUsage(0, 0, 0);
  }
}
