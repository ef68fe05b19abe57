package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal valid raw records for unit tests. Defaults: block 100 at timestamp 1_700_000_000, a
 * legacy transaction from {@code address(1)} to {@code address(2)} with empty input, gas price 10
 * wei, and a successful receipt using 21,000 gas with no logs.
 */
public final class RawFixtures {

  public static final String TRANSFER =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

  private RawFixtures() {}

  public static String hash(long n) {
    return word(n);
  }

  public static String address(long n) {
    String body = Long.toHexString(n);
    return "0x" + "0".repeat(40 - body.length()) + body;
  }

  /** A 32-byte word holding {@code n}, as a topic or data word. */
  public static String word(long n) {
    String body = Long.toHexString(n);
    return "0x" + "0".repeat(64 - body.length()) + body;
  }

  public static RawTransaction.Builder tx(int index) {
    return RawTransaction.newBuilder()
        .setHash(hash(1000 + index))
        .setTransactionIndex(index)
        .setType(0)
        .setNonce(index)
        .setFrom(address(1))
        .setTo(address(2))
        .setValue(BigDecimal.ONE)
        .setGas(100_000)
        .setGasPrice(BigDecimal.TEN)
        .setInput("0x")
        .setR(word(7))
        .setS(word(8));
  }

  public static RawReceipt.Builder receipt(RawTransaction tx) {
    return RawReceipt.newBuilder()
        .setTransactionHash(tx.getHash())
        .setTransactionIndex(tx.getTransactionIndex())
        .setType(tx.getType())
        .setFrom(tx.getFrom())
        .setTo(tx.getTo())
        .setStatus(1L)
        .setGasUsed(21_000)
        .setCumulativeGasUsed(21_000 * (tx.getTransactionIndex() + 1))
        .setEffectiveGasPrice(BigDecimal.TEN)
        .setLogsBloom("0x" + "00".repeat(256))
        .setLogs(new ArrayList<>());
  }

  public static RawLog log(long logIndex, String address, String data, String... topics) {
    return RawLog.newBuilder()
        .setAddress(address)
        .setTopics(List.of(topics))
        .setData(data)
        .setLogIndex(logIndex)
        .build();
  }

  /** A block holding the given pairs (transaction i with receipt i). */
  public static RawBlock block(List<RawTransaction> txs, List<RawReceipt> receipts) {
    return RawBlock.newBuilder()
        .setBlockNumber(100)
        .setBlockHash(hash(100))
        .setBlockTimestamp(1_700_000_000L)
        .setParentHash(hash(99))
        .setNonce("0x0000000000000000")
        .setSha3Uncles(hash(3))
        .setLogsBloom("0x" + "00".repeat(256))
        .setTransactionsRoot(hash(4))
        .setStateRoot(hash(5))
        .setReceiptsRoot(hash(6))
        .setMiner(address(9))
        .setDifficulty(BigDecimal.ZERO)
        .setExtraData("0x")
        .setSize(1000)
        .setGasLimit(30_000_000)
        .setGasUsed(
            receipts.isEmpty() ? 0 : receipts.get(receipts.size() - 1).getCumulativeGasUsed())
        .setBaseFeePerGas(BigDecimal.valueOf(7))
        .setUncles(new ArrayList<>())
        .setTransactions(new ArrayList<>(txs))
        .setReceipts(new ArrayList<>(receipts))
        .setProvenance(
            Provenance.newBuilder()
                .setProviderAlias("test")
                .setFetchedAt(Instant.EPOCH)
                .setChainId(1)
                .build())
        .build();
  }

  /** A block of one transaction and its receipt. */
  public static RawBlock block(RawTransaction tx, RawReceipt receipt) {
    return block(List.of(tx), List.of(receipt));
  }

  /** Splits a block that must be valid. */
  public static SplitBlock splitValid(RawBlock block) {
    SplitOutcome outcome = BlockSplitter.split(block);
    if (outcome instanceof InvalidBlock invalid) {
      throw new AssertionError(invalid.reason());
    }
    return (SplitBlock) outcome;
  }
}
