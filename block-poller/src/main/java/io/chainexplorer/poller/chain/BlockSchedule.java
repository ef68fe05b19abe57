package io.chainexplorer.poller.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When to ask for the next block: its parent's timestamp plus the block time (configured, then
 * learned as the median of recent intervals) plus a learned availability delay, the time providers
 * take to serve a new block. A miss raises the delay by one step (an eighth of the block time, at
 * most {@link #MAX_STEP}), a hit lowers it by a sixteenth of a step, so about one ask in seventeen
 * finds nothing: ≤ 2.12 calls per block even where an empty answer costs as much as a block (the
 * block and receipts are asked in one batch).
 */
public final class BlockSchedule {

  static final int SAMPLES = 16;

  /**
   * The largest step of the delay and the first wait after an empty answer. An eighth of a 12 s
   * block (1.5 s) made the delay a saw-tooth 0 to 1.5 s above when blocks are served, and cost 1.5
   * s on every miss: mean and tail latency at mainnet's cadence went there, not into fetching.
   * Finer steps keep the one-miss-in-seventeen balance; they only take more misses to learn a delay
   * from scratch (a 2 s delay in 8).
   */
  static final Duration MAX_STEP = Duration.ofMillis(250);

  private final Duration configured;
  private final Deque<Long> intervals = new ArrayDeque<>();
  private long lastTimestamp = -1;
  private Duration delay = Duration.ZERO;

  public BlockSchedule(Duration configured) {
    if (configured.isNegative() || configured.isZero()) {
      throw new IllegalArgumentException("block time must be positive, was " + configured);
    }
    this.configured = configured;
  }

  /** Learns from the timestamp (seconds) of the next published block, in height order. */
  public void observe(long timestampSeconds) {
    if (lastTimestamp >= 0 && timestampSeconds > lastTimestamp) {
      intervals.addLast(timestampSeconds - lastTimestamp);
      if (intervals.size() > SAMPLES) {
        intervals.removeFirst();
      }
    }
    lastTimestamp = timestampSeconds;
  }

  /** The block time: the median of recent intervals once there are enough, else the configured. */
  public Duration blockTime() {
    // Timestamps are whole seconds: they cannot teach a sub-second block time.
    if (intervals.size() < SAMPLES / 2 || configured.compareTo(Duration.ofSeconds(1)) < 0) {
      return configured;
    }
    long[] sorted = intervals.stream().mapToLong(Long::longValue).sorted().toArray();
    return Duration.ofSeconds(sorted[sorted.length / 2]);
  }

  /** When to ask first for the child of a block stamped {@code parentTimestampSeconds}. */
  public Instant firstAsk(long parentTimestampSeconds) {
    return Instant.ofEpochSecond(parentTimestampSeconds).plus(blockTime()).plus(delay);
  }

  /**
   * How long to wait after the {@code misses}-th consecutive empty answer (1-based): one step,
   * doubling up to one block time.
   */
  public Duration retryDelay(int misses) {
    Duration base = step();
    Duration grown = base.multipliedBy(1L << Math.min(Math.max(misses - 1, 0), 6));
    return grown.compareTo(blockTime()) > 0 ? blockTime() : grown;
  }

  /** The first ask found no block: ask later next time. */
  public void missed() {
    Duration raised = delay.plus(step());
    delay = raised.compareTo(blockTime()) > 0 ? blockTime() : raised;
  }

  /** The first ask found the block: try a little earlier next time. */
  public void hit() {
    Duration lowered = delay.minus(step().dividedBy(16));
    delay = lowered.isNegative() ? Duration.ZERO : lowered;
  }

  /**
   * A block stamped {@code timestampSeconds} was in hand at {@code at}: the delay never exceeds
   * that, as the block was served no later. A node whose blocks drift against whole-second
   * timestamps (anvil's interval miner, about 2 ms a block) sees its delay drop by a whole block
   * time when a timestamp skips a second; lowering it by a 128th per hit, the poller then asked up
   * to a block time late for 128 blocks.
   */
  public void served(long timestampSeconds, Instant at) {
    Duration inHand = Duration.between(Instant.ofEpochSecond(timestampSeconds), at);
    if (inHand.compareTo(delay) < 0) {
      delay = inHand.isNegative() ? Duration.ZERO : inHand;
    }
  }

  private Duration step() {
    Duration eighth = blockTime().dividedBy(8);
    return eighth.compareTo(MAX_STEP) > 0 ? MAX_STEP : eighth;
  }

  /** The learned availability delay. */
  public Duration availabilityDelay() {
    return delay;
  }
}
