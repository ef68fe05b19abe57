package io.chainexplorer.bench;

import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Withdrawal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic mainnet-like raw block: EIP-1559 transactions with calldata, receipts with one to
 * four logs each, and withdrawals. The same seed always gives the same block.
 */
public final class RawBlockGenerator {

  private static final long BLOCK_NUMBER = 18_000_000L;

  private final SplittableRandom random;

  public RawBlockGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A block of {@code transactionCount} transactions, each with a receipt and logs. */
  public RawBlock block(int transactionCount) {
    List<RawTransaction> transactions = new ArrayList<>(transactionCount);
    List<RawReceipt> receipts = new ArrayList<>(transactionCount);
    long cumulativeGas = 0;
    for (int i = 0; i < transactionCount; i++) {
      RawTransaction transaction = transaction(i);
      long gasUsed = 21_000 + random.nextLong(150_000);
      cumulativeGas += gasUsed;
      transactions.add(transaction);
      receipts.add(receipt(transaction, gasUsed, cumulativeGas));
    }
    List<Withdrawal> withdrawals = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      withdrawals.add(new Withdrawal(17_000_000L + i, 600_000L + i, hex(20), 15_000_000L + i));
    }
    return RawBlock.newBuilder()
        .setBlockNumber(BLOCK_NUMBER)
        .setBlockHash(hex(32))
        .setBlockTimestamp(1_693_066_895L)
        .setParentHash(hex(32))
        .setNonce("0x0000000000000000")
        .setSha3Uncles(hex(32))
        .setLogsBloom(hex(256))
        .setTransactionsRoot(hex(32))
        .setStateRoot(hex(32))
        .setReceiptsRoot(hex(32))
        .setMiner(hex(20))
        .setDifficulty(BigDecimal.ZERO)
        .setTotalDifficulty(new BigDecimal("58750003716598352816469"))
        .setExtraData("0x6265617665726275696c642e6f7267")
        .setMixHash(hex(32))
        .setSize(150_000L)
        .setGasLimit(30_000_000L)
        .setGasUsed(cumulativeGas)
        .setBaseFeePerGas(wei(9))
        .setWithdrawalsRoot(hex(32))
        .setBlobGasUsed(null)
        .setExcessBlobGas(null)
        .setParentBeaconBlockRoot(null)
        .setRequestsHash(null)
        .setUncles(List.of())
        .setTransactions(transactions)
        .setReceipts(receipts)
        .setWithdrawals(withdrawals)
        .setProvenance(
            Provenance.newBuilder()
                .setProviderAlias("bench")
                .setFetchedAt(Instant.ofEpochMilli(1_693_066_900_000L))
                .setChainId(1L)
                .setVerification(null)
                .build())
        .build();
  }

  private RawTransaction transaction(int index) {
    boolean contractCall = random.nextInt(10) < 7;
    return RawTransaction.newBuilder()
        .setHash(hex(32))
        .setTransactionIndex(index)
        .setType(2L)
        .setNonce(random.nextLong(100_000))
        .setFrom(hex(20))
        .setTo(hex(20))
        .setValue(wei(18))
        .setGas(300_000L)
        .setGasPrice(wei(10))
        .setMaxFeePerGas(wei(10))
        .setMaxPriorityFeePerGas(wei(9))
        .setMaxFeePerBlobGas(null)
        .setBlobVersionedHashes(null)
        .setInput(contractCall ? hex(4 + 32 * (1 + random.nextInt(5))) : "0x")
        .setChainId(1L)
        .setAccessList(null)
        .setAuthorizationList(null)
        .setV(1L)
        .setR(hex(32))
        .setS(hex(32))
        .setYParity(1L)
        .build();
  }

  private RawReceipt receipt(RawTransaction transaction, long gasUsed, long cumulativeGas) {
    int logCount = 1 + random.nextInt(4);
    List<RawLog> logs = new ArrayList<>(logCount);
    for (int i = 0; i < logCount; i++) {
      List<String> topics = new ArrayList<>(3);
      for (int t = 0; t < 3; t++) {
        topics.add(hex(32));
      }
      logs.add(new RawLog(hex(20), topics, hex(32 * (1 + random.nextInt(3))), (long) i, false));
    }
    return RawReceipt.newBuilder()
        .setTransactionHash(transaction.getHash())
        .setTransactionIndex(transaction.getTransactionIndex())
        .setType(transaction.getType())
        .setFrom(transaction.getFrom())
        .setTo(transaction.getTo())
        .setStatus(1L)
        .setRoot(null)
        .setGasUsed(gasUsed)
        .setCumulativeGasUsed(cumulativeGas)
        .setEffectiveGasPrice(wei(10))
        .setContractAddress(null)
        .setLogsBloom(hex(256))
        .setBlobGasUsed(null)
        .setBlobGasPrice(null)
        .setLogs(logs)
        .build();
  }

  private BigDecimal wei(int digits) {
    BigInteger unscaled = new BigInteger(digits * 4, new java.util.Random(random.nextLong()));
    return new BigDecimal(unscaled.add(BigInteger.TEN.pow(digits)));
  }

  private String hex(int bytes) {
    StringBuilder text = new StringBuilder(2 + 2 * bytes).append("0x");
    for (int i = 0; i < bytes; i++) {
      int value = random.nextInt(256);
      text.append(Character.forDigit(value >>> 4, 16)).append(Character.forDigit(value & 0xf, 16));
    }
    return text.toString();
  }
}
