package io.chainexplorer.reliability.chaos;

import java.time.Duration;

/**
 * The size of a chaos run.
 *
 * @param seed seeds every random choice (which event, when, which depth), logged at start
 * @param backfillBlocks blocks mined quickly, with the devnet traffic in them, before the events:
 *     the poller backfills them
 * @param kills kill -9 and restart events, spread in turn over {@link ChaosEvents#SERVICES}
 * @param reorgs reorgs injected on the node
 * @param maxReorgDepth deepest reorg (depths are drawn from 1..max)
 * @param maxPause longest pause between two events
 * @param catchUp how long the pipeline may take to converge once the events are over
 * @param trafficRate transactions per second the devnet traffic sends
 */
public record ChaosPlan(
    long seed,
    int backfillBlocks,
    int kills,
    int reorgs,
    int maxReorgDepth,
    Duration maxPause,
    Duration catchUp,
    double trafficRate) {

  public ChaosPlan {
    if (backfillBlocks < 0 || kills < 0 || reorgs < 0 || maxReorgDepth < 1 || trafficRate <= 0) {
      throw new IllegalArgumentException("negative sizes, a reorg depth below 1 or no traffic");
    }
  }

  /** The reduced run of the test suite: minutes, not hours; each service is killed once. */
  public static ChaosPlan reduced(long seed) {
    return new ChaosPlan(
        seed,
        300,
        ChaosEvents.SERVICES.size(),
        4,
        8,
        Duration.ofSeconds(6),
        Duration.ofMinutes(5),
        4.0);
  }

  /** The full run: a 10,000-block backfill, 20 kills, 100 reorgs of depth 1..64. */
  public static ChaosPlan full(long seed) {
    return new ChaosPlan(
        seed, 10_000, 20, 100, 64, Duration.ofSeconds(5), Duration.ofMinutes(30), 10.0);
  }

  /**
   * The poller's confirmations: deeper than the deepest reorg, so that the confirmed (cold) stream,
   * which is never retracted, only ever receives canonical blocks.
   */
  public int confirmations() {
    return maxReorgDepth + 1;
  }
}
