package io.chainexplorer.enricher.topology;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * What the topology needs beyond topics and serdes.
 *
 * @param retainedBlocks how many heights below the newest raw block stay retractable: raw blocks
 *     older than that are evicted from the retraction store; must cover the poller's reorg window
 * @param meterRegistry where the dead-letter and retraction counters go
 * @param rawBlockSource reads a retracted block's raw record back from the raw-block topic
 * @param chainId the chain id every raw block's provenance must name; 0: not checked
 */
public record EnricherSettings(
    int retainedBlocks, MeterRegistry meterRegistry, RawBlockSource rawBlockSource, long chainId) {

  /** Twice the poller's default reorg window of 128 blocks. */
  public static final int DEFAULT_RETAINED_BLOCKS = 256;

  public EnricherSettings {
    if (retainedBlocks < 1) {
      throw new IllegalArgumentException("retainedBlocks must be positive: " + retainedBlocks);
    }
    Objects.requireNonNull(meterRegistry, "meterRegistry");
    Objects.requireNonNull(rawBlockSource, "rawBlockSource");
    if (chainId < 0) {
      throw new IllegalArgumentException("chainId must not be negative: " + chainId);
    }
  }

  /** Settings that take raw blocks of any chain id. */
  public EnricherSettings(
      int retainedBlocks, MeterRegistry meterRegistry, RawBlockSource rawBlockSource) {
    this(retainedBlocks, meterRegistry, rawBlockSource, 0);
  }

  /** Default retention, counters in {@code meterRegistry}, raw records read from {@code source}. */
  public static EnricherSettings defaults(MeterRegistry meterRegistry, RawBlockSource source) {
    return new EnricherSettings(DEFAULT_RETAINED_BLOCKS, meterRegistry, source);
  }
}
