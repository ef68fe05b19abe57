package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.RawBlock;
import java.util.ArrayList;

/** Maps a raw block's header, transaction count and withdrawals to the {@code blocks} entity. */
public final class BlockMapper {

  private BlockMapper() {}

  /** The block entity, keyed by block number, never retracted. */
  public static Block toBlock(RawBlock raw) {
    return Block.newBuilder()
        .setBlockNumber(raw.getBlockNumber())
        .setBlockHash(raw.getBlockHash())
        .setBlockTimestamp(raw.getBlockTimestamp())
        .setParentHash(raw.getParentHash())
        .setNonce(raw.getNonce())
        .setSha3Uncles(raw.getSha3Uncles())
        .setLogsBloom(raw.getLogsBloom())
        .setTransactionsRoot(raw.getTransactionsRoot())
        .setStateRoot(raw.getStateRoot())
        .setReceiptsRoot(raw.getReceiptsRoot())
        .setMiner(raw.getMiner())
        .setDifficulty(raw.getDifficulty())
        .setTotalDifficulty(raw.getTotalDifficulty())
        .setExtraData(raw.getExtraData())
        .setMixHash(raw.getMixHash())
        .setSize(raw.getSize())
        .setGasLimit(raw.getGasLimit())
        .setGasUsed(raw.getGasUsed())
        .setBaseFeePerGas(raw.getBaseFeePerGas())
        .setWithdrawalsRoot(raw.getWithdrawalsRoot())
        .setBlobGasUsed(raw.getBlobGasUsed())
        .setExcessBlobGas(raw.getExcessBlobGas())
        .setParentBeaconBlockRoot(raw.getParentBeaconBlockRoot())
        .setRequestsHash(raw.getRequestsHash())
        .setUncles(new ArrayList<>(raw.getUncles()))
        .setTransactionCount(raw.getTransactions().size())
        .setWithdrawals(raw.getWithdrawals() == null ? null : new ArrayList<>(raw.getWithdrawals()))
        .setRetracted(false)
        .build();
  }

  /** Key of the blocks topic. */
  public static long key(Block block) {
    return block.getBlockNumber();
  }
}
