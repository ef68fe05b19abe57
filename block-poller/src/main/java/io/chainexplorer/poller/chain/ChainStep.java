package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import java.util.List;

/**
 * One advance of the chain, to be published atomically: the retractions of orphaned blocks (newest
 * first), then the canonical blocks (oldest first), the reorg window as it stands after them, and
 * the blocks that became {@code confirmations} deep with this step (oldest first).
 *
 * @param reorgDepth how many published blocks the step retracts; 0 without a reorg
 * @param confirmedBlocks the raw blocks of {@code confirmed}, once resolved; empty before
 */
public record ChainStep(
    List<BlockRetraction> retractions,
    List<RawBlock> blocks,
    List<BlockRef> window,
    List<BlockRef> confirmed,
    int reorgDepth,
    List<RawBlock> confirmedBlocks) {

  /** A step whose confirmed heights are not resolved to raw blocks yet. */
  public ChainStep(
      List<BlockRetraction> retractions,
      List<RawBlock> blocks,
      List<BlockRef> window,
      List<BlockRef> confirmed,
      int reorgDepth) {
    this(retractions, blocks, window, confirmed, reorgDepth, List.of());
  }

  public ChainStep {
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a step publishes at least one block");
    }
    retractions = List.copyOf(retractions);
    blocks = List.copyOf(blocks);
    window = List.copyOf(window);
    confirmed = List.copyOf(confirmed);
    confirmedBlocks = List.copyOf(confirmedBlocks);
  }

  /** This step with the raw blocks of its confirmed heights. */
  public ChainStep withConfirmedBlocks(List<RawBlock> resolved) {
    if (resolved.size() != confirmed.size()) {
      throw new IllegalArgumentException(
          resolved.size() + " raw blocks for " + confirmed.size() + " confirmed heights");
    }
    return new ChainStep(retractions, blocks, window, confirmed, reorgDepth, resolved);
  }

  /** The newest block of the step: the new tip. */
  public RawBlock tip() {
    return blocks.get(blocks.size() - 1);
  }
}
