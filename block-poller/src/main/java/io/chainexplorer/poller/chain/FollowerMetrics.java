package io.chainexplorer.poller.chain;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Meters of head following: head seen, last block published, lag in blocks and seconds, blocks
 * published, reorgs by bounded depth bucket, reorgs too deep and confirmed blocks retracted.
 */
public final class FollowerMetrics implements MeterBinder {

  static final String PREFIX = "chainexplorer.poller.";

  /** Upper bounds of the reorg depth buckets; deeper ones count under {@code "65+"}. */
  private static final int[] DEPTH_BOUNDS = {1, 2, 4, 8, 16, 32, 64};

  private final Clock clock;
  private final AtomicLong headSeen = new AtomicLong(-1);
  private final AtomicLong lastPublished = new AtomicLong(-1);
  private final AtomicLong lastPublishedTimestamp = new AtomicLong(-1);
  private final AtomicLong blocksPublished = new AtomicLong();
  private final AtomicLong tooDeep = new AtomicLong();
  private final AtomicLong confirmedRetracted = new AtomicLong();
  private final Map<String, AtomicLong> reorgs = new LinkedHashMap<>();

  public FollowerMetrics(Clock clock) {
    this.clock = clock;
    for (int bound : DEPTH_BOUNDS) {
      reorgs.put(Integer.toString(bound), new AtomicLong());
    }
    reorgs.put("65+", new AtomicLong());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(PREFIX + "head.seen", headSeen, AtomicLong::get)
        .description("Highest block number the provider reported or served")
        .register(registry);
    Gauge.builder(PREFIX + "block.last.published", lastPublished, AtomicLong::get)
        .description("Number of the last block published")
        .register(registry);
    Gauge.builder(PREFIX + "lag.blocks", this, FollowerMetrics::lagBlocks)
        .description("Blocks between the head seen and the last block published")
        .register(registry);
    Gauge.builder(PREFIX + "lag.seconds", this, FollowerMetrics::lagSeconds)
        .description("Seconds between now and the timestamp of the last block published")
        .register(registry);
    FunctionCounter.builder(PREFIX + "blocks.published", blocksPublished, AtomicLong::get)
        .description("Canonical blocks published")
        .register(registry);
    reorgs.forEach(
        (bucket, count) ->
            FunctionCounter.builder(PREFIX + "reorgs", count, AtomicLong::get)
                .description("Reorgs handled, by depth bucket (upper bound in blocks)")
                .tag("depth", bucket)
                .register(registry));
    FunctionCounter.builder(PREFIX + "reorgs.too.deep", tooDeep, AtomicLong::get)
        .description("Reorgs deeper than the window, which stop the poller")
        .register(registry);
    FunctionCounter.builder(PREFIX + "confirmed.retracted", confirmedRetracted, AtomicLong::get)
        .description("Blocks retracted after they had reached the confirmation depth")
        .register(registry);
  }

  void headSeen(long number) {
    headSeen.accumulateAndGet(number, Math::max);
  }

  void published(ChainStep step) {
    headSeen(step.tip().getBlockNumber());
    lastPublished.set(step.tip().getBlockNumber());
    lastPublishedTimestamp.set(step.tip().getBlockTimestamp());
    blocksPublished.addAndGet(step.blocks().size());
    if (step.reorgDepth() > 0) {
      reorgs.get(bucket(step.reorgDepth())).incrementAndGet();
    }
  }

  void tooDeep() {
    tooDeep.incrementAndGet();
  }

  void confirmedRetracted(long count) {
    confirmedRetracted.addAndGet(count);
  }

  /** Reorgs counted in the bucket of {@code depth}, for tests. */
  long reorgs(int depth) {
    return reorgs.get(bucket(depth)).get();
  }

  long blocksPublished() {
    return blocksPublished.get();
  }

  long tooDeepCount() {
    return tooDeep.get();
  }

  static String bucket(int depth) {
    for (int bound : DEPTH_BOUNDS) {
      if (depth <= bound) {
        return Integer.toString(bound);
      }
    }
    return "65+";
  }

  private double lagBlocks() {
    long published = lastPublished.get();
    return published < 0 ? 0 : Math.max(0, headSeen.get() - published);
  }

  private double lagSeconds() {
    long timestamp = lastPublishedTimestamp.get();
    return timestamp < 0 ? 0 : Math.max(0, clock.millis() / 1000.0 - timestamp);
  }
}
