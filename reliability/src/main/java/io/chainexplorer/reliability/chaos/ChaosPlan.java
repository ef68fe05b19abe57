package io.chainexplorer.reliability.chaos;

import java.time.Duration;

/**
 * The size of a chaos run.
 *
 * @param seed seeds every random choice (which event, when, which depth), logged at start
 * @param backfillBlocks blocks mined at once before the events, for the poller to backfill
 * @param kills kill -9 and restart events, spread over poller, enricher, decoder and Connect
 * @param reorgs reorgs injected on the node
 * @param maxReorgDepth deepest reorg (depths are drawn from 1..max)
 * @param maxPause longest pause between two events
 * @param catchUp how long the pipeline may take to converge once the events are over
 */
public record ChaosPlan(
    long seed,
    int backfillBlocks,
    int kills,
    int reorgs,
    int maxReorgDepth,
    Duration maxPause,
    Duration catchUp) {

  public ChaosPlan {
    if (backfillBlocks < 0 || kills < 0 || reorgs < 0 || maxReorgDepth < 1) {
      throw new IllegalArgumentException("negative sizes or a reorg depth below 1");
    }
  }

  /** The reduced run of the test suite: minutes, not hours. */
  public static ChaosPlan reduced(long seed) {
    return new ChaosPlan(seed, 300, 5, 4, 8, Duration.ofSeconds(6), Duration.ofMinutes(5));
  }

  /** The full run: a 10,000-block backfill, 20 kills, 100 reorgs of depth 1..64. */
  public static ChaosPlan full(long seed) {
    return new ChaosPlan(seed, 10_000, 20, 100, 64, Duration.ofSeconds(8), Duration.ofMinutes(30));
  }
}
