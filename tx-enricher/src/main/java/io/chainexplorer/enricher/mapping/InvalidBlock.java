package io.chainexplorer.enricher.mapping;

import java.util.Objects;

/**
 * A raw block that fails the checks the topology relies on; {@code reason} names the block number
 * and the offending field, ready for the dead-letter envelope.
 */
public record InvalidBlock(long blockNumber, String reason) implements SplitOutcome {

  public InvalidBlock {
    Objects.requireNonNull(reason, "reason");
  }
}
