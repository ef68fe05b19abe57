package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The raw blocks a step confirms: kept from the last {@code confirmations} + 1 published heights,
 * or, right after a restart, fetched again by number and accepted only with the hash the reorg
 * window remembers.
 */
final class ConfirmedBlocks {

  private final int confirmations;
  private final TreeMap<Long, RawBlock> recent = new TreeMap<>();

  ConfirmedBlocks(int confirmations) {
    this.confirmations = confirmations;
  }

  /** The step with the raw blocks of its confirmed heights, oldest first. */
  ChainStep resolve(ChainStep step, BlockSource source) throws RpcException, ChainMovedException {
    List<RawBlock> blocks = new ArrayList<>();
    for (BlockRef ref : step.confirmed()) {
      blocks.add(find(ref, step, source));
    }
    return step.withConfirmedBlocks(blocks);
  }

  /** Remembers the canonical blocks of a published step, forgetting heights no longer needed. */
  void published(ChainStep step) {
    step.blocks().forEach(block -> recent.put(block.getBlockNumber(), block));
    long oldestNeeded = step.tip().getBlockNumber() - confirmations;
    recent.headMap(oldestNeeded).clear();
  }

  private RawBlock find(BlockRef ref, ChainStep step, BlockSource source)
      throws RpcException, ChainMovedException {
    for (RawBlock block : step.blocks()) {
      if (block.getBlockNumber() == ref.number()) {
        return block;
      }
    }
    RawBlock kept = recent.get(ref.number());
    if (kept != null && kept.getBlockHash().equals(ref.hash())) {
      return kept;
    }
    Optional<RawBlock> fetched = source.blockByNumber(ref.number());
    if (fetched.isEmpty() || !fetched.get().getBlockHash().equals(ref.hash())) {
      throw new ChainMovedException(
          "confirmed block " + ref.number() + " is no longer the one published");
    }
    return fetched.get();
  }
}
