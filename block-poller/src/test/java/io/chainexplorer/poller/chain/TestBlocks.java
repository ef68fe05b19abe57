package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Minimal raw blocks for tests: every required field set, no transactions. */
public final class TestBlocks {

  private TestBlocks() {}

  /** A 0x-hex 32-byte hash spelling the fork and the height, so tests can read it. */
  public static String hash(String fork, long number) {
    String body = fork + "0" + Long.toHexString(number);
    return "0x" + "0".repeat(64 - body.length()) + body;
  }

  public static RawBlock block(long number, String hash, String parentHash, long timestamp) {
    String zero = "0x" + "0".repeat(64);
    return RawBlock.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(hash)
        .setBlockTimestamp(timestamp)
        .setParentHash(parentHash)
        .setNonce("0x0000000000000000")
        .setSha3Uncles(zero)
        .setLogsBloom("0x" + "0".repeat(512))
        .setTransactionsRoot(zero)
        .setStateRoot(zero)
        .setReceiptsRoot(zero)
        .setMiner("0x" + "0".repeat(40))
        .setDifficulty(BigDecimal.ZERO)
        .setExtraData("0x")
        .setSize(512)
        .setGasLimit(30_000_000L)
        .setGasUsed(0)
        .setUncles(List.of())
        .setTransactions(List.of())
        .setReceipts(List.of())
        .setProvenance(
            Provenance.newBuilder()
                .setProviderAlias("test/scripted")
                .setFetchedAt(Instant.ofEpochSecond(timestamp))
                .setChainId(31337)
                .build())
        .build();
  }
}
