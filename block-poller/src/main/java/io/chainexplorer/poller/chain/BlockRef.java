package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.CursorBlock;
import io.chainexplorer.avro.RawBlock;
import java.util.OptionalLong;

/**
 * A published block as the reorg window remembers it: height, hash, parent hash and, when known,
 * its timestamp in seconds (blocks recovered from a cursor carry none: the cursor schema lacks it).
 */
public record BlockRef(long number, String hash, String parentHash, OptionalLong timestamp) {

  public static BlockRef of(RawBlock block) {
    return new BlockRef(
        block.getBlockNumber(),
        block.getBlockHash(),
        block.getParentHash(),
        OptionalLong.of(block.getBlockTimestamp()));
  }

  public static BlockRef of(CursorBlock block) {
    return new BlockRef(
        block.getBlockNumber(), block.getBlockHash(), block.getParentHash(), OptionalLong.empty());
  }

  public CursorBlock toCursorBlock() {
    return CursorBlock.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(hash)
        .setParentHash(parentHash)
        .build();
  }
}
