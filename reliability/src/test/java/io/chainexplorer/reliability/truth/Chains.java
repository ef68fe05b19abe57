package io.chainexplorer.reliability.truth;

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
 * Hand-made canonical chains: block {@code n} (hash {@code word(n)}, one second apart) holds one
 * ether transfer and one ERC-20 {@code Transfer} emitted by token {@code address(77)}.
 */
final class Chains {

  static final String TRANSFER_TOPIC =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

  private Chains() {}

  static String word(long n) {
    String body = Long.toHexString(n);
    return "0x" + "0".repeat(64 - body.length()) + body;
  }

  static String address(long n) {
    String body = Long.toHexString(n);
    return "0x" + "0".repeat(40 - body.length()) + body;
  }

  /** Blocks {@code from..to}, the fork's hashes offset by {@code fork} (0 for the main chain). */
  static List<RawBlock> blocks(long from, long to, long fork) {
    List<RawBlock> blocks = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      blocks.add(block(n, fork));
    }
    return blocks;
  }

  static RawBlock block(long number, long fork) {
    RawTransaction tx = transaction(number, fork);
    return header(number, fork)
        .setTransactions(new ArrayList<>(List.of(tx)))
        .setReceipts(new ArrayList<>(List.of(receipt(tx, number))))
        .build();
  }

  private static RawTransaction transaction(long number, long fork) {
    return RawTransaction.newBuilder()
        .setHash(word(1_000_000 + number * 10 + fork))
        .setTransactionIndex(0)
        .setType(0)
        .setNonce(number)
        .setFrom(address(1))
        .setTo(address(77))
        .setValue(BigDecimal.valueOf(number))
        .setGas(100_000)
        .setGasPrice(BigDecimal.TEN)
        .setInput("0x")
        .setR(word(7))
        .setS(word(8))
        .build();
  }

  private static RawReceipt receipt(RawTransaction tx, long number) {
    RawLog transfer =
        RawLog.newBuilder()
            .setAddress(address(77))
            .setTopics(List.of(TRANSFER_TOPIC, word(1), word(2)))
            .setData(word(number))
            .setLogIndex(0)
            .build();
    return RawReceipt.newBuilder()
        .setTransactionHash(tx.getHash())
        .setTransactionIndex(0)
        .setType(0)
        .setFrom(tx.getFrom())
        .setTo(tx.getTo())
        .setStatus(1L)
        .setGasUsed(40_000)
        .setCumulativeGasUsed(40_000)
        .setEffectiveGasPrice(BigDecimal.TEN)
        .setLogsBloom("0x" + "00".repeat(256))
        .setLogs(new ArrayList<>(List.of(transfer)))
        .build();
  }

  private static RawBlock.Builder header(long number, long fork) {
    return RawBlock.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(word(number * 1_000 + fork))
        .setBlockTimestamp(1_700_000_000L + number)
        .setParentHash(word((number - 1) * 1_000))
        .setNonce("0x0000000000000000")
        .setSha3Uncles(word(3))
        .setLogsBloom("0x" + "00".repeat(256))
        .setTransactionsRoot(word(4))
        .setStateRoot(word(5))
        .setReceiptsRoot(word(6))
        .setMiner(address(9))
        .setDifficulty(BigDecimal.ZERO)
        .setExtraData("0x")
        .setSize(1000)
        .setGasLimit(30_000_000)
        .setGasUsed(40_000)
        .setBaseFeePerGas(BigDecimal.valueOf(7))
        .setUncles(new ArrayList<>())
        .setProvenance(provenance("node"));
  }

  static Provenance provenance(String alias) {
    return Provenance.newBuilder()
        .setProviderAlias(alias)
        .setFetchedAt(Instant.EPOCH)
        .setChainId(31337)
        .build();
  }
}
