package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the chain head block by block without a tip loop: while behind the known head it fetches
 * at the keys' pace; at the head it asks for block n+1 when the {@link BlockSchedule} says it is
 * due, backing off briefly on an empty answer. The head height is asked only at start and when a
 * fetched block is older than two block times, which means the chain ran ahead.
 */
public final class HeadFollower {

  private static final Logger LOG = LoggerFactory.getLogger(HeadFollower.class);

  private final BlockSource source;
  private final ReorgDetector detector;
  private final StepSink sink;
  private final BlockSchedule schedule;
  private final Pacer pacer;
  private final Clock clock;
  private final FollowerMetrics metrics;
  private final OptionalLong startBlock;
  private final ConfirmedBlocks confirmedBlocks;
  private long knownHead = -1;

  /**
   * @param startBlock the first block when the detector's window is empty; empty: the head
   */
  public HeadFollower(
      BlockSource source,
      ReorgDetector detector,
      StepSink sink,
      BlockSchedule schedule,
      Pacer pacer,
      Clock clock,
      FollowerMetrics metrics,
      OptionalLong startBlock) {
    this.source = source;
    this.detector = detector;
    this.sink = sink;
    this.schedule = schedule;
    this.pacer = pacer;
    this.clock = clock;
    this.metrics = metrics;
    this.startBlock = startBlock;
    this.confirmedBlocks = new ConfirmedBlocks(detector.confirmations());
  }

  /**
   * Publishes block after block until {@code keepGoing} turns false.
   *
   * @throws ReorgTooDeepException when the chain forks below the window
   * @throws RuntimeException when the sink fails: nothing of the failed step was published
   */
  public void run(BooleanSupplier keepGoing) throws InterruptedException {
    while (keepGoing.getAsBoolean()) {
      advance(keepGoing);
    }
  }

  /**
   * Publishes the next step, waiting for its block as long as {@code keepGoing} holds.
   *
   * @return false when stopped before publishing
   */
  public boolean advance(BooleanSupplier keepGoing) throws InterruptedException {
    int misses = 0;
    while (keepGoing.getAsBoolean()) {
      OptionalLong next = nextNumber();
      if (next.isEmpty()) {
        misses++;
        pacer.sleepUntil(clock.instant().plus(schedule.retryDelay(misses)));
        continue;
      }
      boolean atHead = next.getAsLong() > knownHead;
      pacer.sleepUntil(misses == 0 ? firstAsk(atHead) : retryAt(misses));
      Optional<RawBlock> block = fetch(next.getAsLong());
      if (block.isEmpty()) {
        if (misses == 0 && atHead) {
          schedule.missed();
        }
        misses++;
        continue;
      }
      if (misses == 0 && atHead) {
        schedule.hit();
      }
      if (atHead) {
        schedule.served(block.get().getBlockTimestamp(), clock.instant());
      }
      if (publish(block.get())) {
        return true;
      }
      misses++;
    }
    return false;
  }

  /** The height to fetch next, asking for the head first when nothing is known yet. */
  private OptionalLong nextNumber() {
    if (knownHead < 0 && !refreshHead()) {
      return OptionalLong.empty();
    }
    Optional<BlockRef> tip = detector.tip();
    if (tip.isPresent()) {
      return OptionalLong.of(tip.get().number() + 1);
    }
    return OptionalLong.of(startBlock.orElse(knownHead));
  }

  private Instant firstAsk(boolean atHead) {
    Optional<BlockRef> tip = detector.tip();
    if (!atHead || tip.isEmpty() || tip.get().timestamp().isEmpty()) {
      return clock.instant();
    }
    return schedule.firstAsk(tip.get().timestamp().getAsLong());
  }

  private Instant retryAt(int misses) {
    return clock.instant().plus(schedule.retryDelay(misses));
  }

  private Optional<RawBlock> fetch(long number) {
    try {
      return source.blockByNumber(number);
    } catch (RpcException e) {
      LOG.warn("cannot fetch block {}: {}; backing off", number, e.getMessage());
      return Optional.empty();
    }
  }

  /** Plans and publishes the step of {@code block}; false when it must be fetched again. */
  private boolean publish(RawBlock block) {
    ChainStep step;
    try {
      step = confirmedBlocks.resolve(detector.plan(block, source), source);
    } catch (ChainMovedException | RpcException e) {
      LOG.warn("cannot plan the step of block {}: {}", block.getBlockNumber(), e.getMessage());
      return false;
    } catch (ReorgTooDeepException e) {
      metrics.tooDeep();
      throw e;
    }
    long confirmedRetracted = detector.confirmedRetracted(step);
    if (confirmedRetracted > 0) {
      metrics.confirmedRetracted(confirmedRetracted);
      LOG.error(
          "reorg of depth {} retracts {} blocks already past the confirmation depth",
          step.reorgDepth(),
          confirmedRetracted);
    }
    sink.publish(step);
    detector.apply(step);
    confirmedBlocks.published(step);
    step.blocks().forEach(b -> schedule.observe(b.getBlockTimestamp()));
    metrics.published(step);
    if (step.reorgDepth() > 0) {
      LOG.warn(
          "reorg of depth {} below block {}: {} blocks retracted, {} canonical published",
          step.reorgDepth(),
          step.tip().getBlockNumber(),
          step.retractions().size(),
          step.blocks().size());
    }
    if (step.tip().getBlockNumber() >= knownHead && isStale(step.tip())) {
      refreshHead();
    }
    return true;
  }

  /** A block older than two block times means the chain is ahead of what we believed. */
  private boolean isStale(RawBlock block) {
    Instant minted = Instant.ofEpochSecond(block.getBlockTimestamp());
    return minted.plus(schedule.blockTime().multipliedBy(2)).isBefore(clock.instant());
  }

  private boolean refreshHead() {
    try {
      knownHead = Math.max(knownHead, source.headNumber());
      metrics.headSeen(knownHead);
      return true;
    } catch (RpcException e) {
      LOG.warn("cannot read the head height: {}", e.getMessage());
      return false;
    }
  }

  /** The time the schedule waits after each block becomes due, for tests. */
  Duration availabilityDelay() {
    return schedule.availabilityDelay();
  }
}
