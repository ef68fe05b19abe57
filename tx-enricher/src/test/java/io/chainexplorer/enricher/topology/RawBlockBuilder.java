package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid raw blocks for tests: hashes spell a fork tag and the height; transactions are native
 * transfers, ERC-20 transfers or contract creations, each with a successful receipt. Defaults:
 * timestamp {@code 1_700_000_000 + 12 * number}, base fee 10 gwei, gas price 12 gwei.
 */
public final class RawBlockBuilder {

  public static final String TRANSFER_TOPIC =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
  public static final BigDecimal GAS_PRICE = BigDecimal.valueOf(12_000_000_000L);
  private static final long TRANSFER_GAS = 21_000;
  private static final long CALL_GAS = 52_000;

  private final long number;
  private final String fork;
  private long timestamp;
  private final List<RawTransaction> transactions = new ArrayList<>();
  private final List<RawReceipt> receipts = new ArrayList<>();
  private long cumulativeGas;
  private long nextLogIndex;

  private RawBlockBuilder(long number, String fork) {
    this.number = number;
    this.fork = fork;
    this.timestamp = 1_700_000_000L + 12 * number;
  }

  /** A block at {@code number} on the fork tagged {@code fork} (hex letters, e.g. "a", "b"). */
  public static RawBlockBuilder block(long number, String fork) {
    return new RawBlockBuilder(number, fork);
  }

  /** A 32-byte hex hash spelling a tag and a number. */
  public static String hash(String tag, long number) {
    String body = tag + "0" + Long.toHexString(number);
    return "0x" + "0".repeat(64 - body.length()) + body;
  }

  /** A 20-byte hex address ending in {@code n}. */
  public static String address(long n) {
    String body = Long.toHexString(n);
    return "0x" + "0".repeat(40 - body.length()) + body;
  }

  public RawBlockBuilder timestamp(long seconds) {
    this.timestamp = seconds;
    return this;
  }

  public RawBlockBuilder nativeTransfer(String from, String to, long wei) {
    add(from, to, BigDecimal.valueOf(wei), "0x", TRANSFER_GAS, null, List.of());
    return this;
  }

  public RawBlockBuilder erc20Transfer(String from, String token, String to, BigInteger amount) {
    return erc20Transfer(
        from, token, to, "0x" + String.format("%64s", amount.toString(16)).replace(' ', '0'));
  }

  /** An ERC-20 Transfer whose data is {@code data} as given, valid or not. */
  public RawBlockBuilder erc20Transfer(String from, String token, String to, String data) {
    RawLog log =
        RawLog.newBuilder()
            .setAddress(token)
            .setTopics(List.of(TRANSFER_TOPIC, word(from), word(to)))
            .setData(data)
            .setLogIndex(nextLogIndex++)
            .setRemoved(false)
            .build();
    add(from, token, BigDecimal.ZERO, "0xa9059cbb", CALL_GAS, null, List.of(log));
    return this;
  }

  public RawBlockBuilder contractCreation(String from, String contract) {
    add(from, null, BigDecimal.ZERO, "0x6080604052", CALL_GAS, contract, List.of());
    return this;
  }

  public String blockHash() {
    return hash(fork, number);
  }

  /** Hash of the {@code index}th transaction of this block. */
  public String transactionHash(int index) {
    return hash(fork + "f", number * 1000 + index);
  }

  public RawBlock build() {
    String zero = "0x" + "0".repeat(64);
    return RawBlock.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(blockHash())
        .setBlockTimestamp(timestamp)
        .setParentHash(hash(fork, number - 1))
        .setNonce("0x0000000000000000")
        .setSha3Uncles(zero)
        .setLogsBloom("0x" + "0".repeat(512))
        .setTransactionsRoot(zero)
        .setStateRoot(zero)
        .setReceiptsRoot(zero)
        .setMiner(address(0xfee))
        .setDifficulty(BigDecimal.ZERO)
        .setExtraData("0x")
        .setSize(1024)
        .setGasLimit(30_000_000L)
        .setGasUsed(cumulativeGas)
        .setBaseFeePerGas(BigDecimal.valueOf(10_000_000_000L))
        .setUncles(List.of())
        .setTransactions(List.copyOf(transactions))
        .setReceipts(List.copyOf(receipts))
        .setProvenance(
            Provenance.newBuilder()
                .setProviderAlias("test/builder")
                .setFetchedAt(Instant.ofEpochSecond(timestamp))
                .setChainId(1)
                .build())
        .build();
  }

  private void add(
      String from,
      String to,
      BigDecimal value,
      String input,
      long gasUsed,
      String contract,
      List<RawLog> logs) {
    int index = transactions.size();
    String txHash = transactionHash(index);
    transactions.add(
        RawTransaction.newBuilder()
            .setHash(txHash)
            .setTransactionIndex(index)
            .setType(0)
            .setNonce(index)
            .setFrom(from)
            .setTo(to)
            .setValue(value)
            .setGas(100_000)
            .setGasPrice(GAS_PRICE)
            .setInput(input)
            .setChainId(1L)
            .setV(37L)
            .setR(hash("1", index))
            .setS(hash("2", index))
            .build());
    cumulativeGas += gasUsed;
    receipts.add(
        RawReceipt.newBuilder()
            .setTransactionHash(txHash)
            .setTransactionIndex(index)
            .setType(0)
            .setFrom(from)
            .setTo(to)
            .setStatus(1L)
            .setGasUsed(gasUsed)
            .setCumulativeGasUsed(cumulativeGas)
            .setEffectiveGasPrice(GAS_PRICE)
            .setContractAddress(contract)
            .setLogsBloom("0x" + "0".repeat(512))
            .setLogs(logs)
            .build());
  }

  private static String word(String address) {
    return "0x" + "0".repeat(24) + address.substring(2);
  }
}
