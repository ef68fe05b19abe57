package io.chainexplorer.enricher.topology;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * What the topology needs beyond topics and serdes.
 *
 * @param retainedBlocks how many heights below the newest raw block stay retractable: raw blocks
 *     older than that are evicted from the retraction store; must cover the poller's reorg window
 * @param meterRegistry where the dead-letter and retraction counters go
 */
public record EnricherSettings(int retainedBlocks, MeterRegistry meterRegistry) {

  /** Twice the poller's default reorg window of 128 blocks. */
  public static final int DEFAULT_RETAINED_BLOCKS = 256;

  public EnricherSettings {
    if (retainedBlocks < 1) {
      throw new IllegalArgumentException("retainedBlocks must be positive: " + retainedBlocks);
    }
    Objects.requireNonNull(meterRegistry, "meterRegistry");
  }

  /** Default retention, counters in {@code meterRegistry}. */
  public static EnricherSettings defaults(MeterRegistry meterRegistry) {
    return new EnricherSettings(DEFAULT_RETAINED_BLOCKS, meterRegistry);
  }
}
