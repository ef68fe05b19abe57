package io.chainexplorer.enricher.metrics;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.Transaction;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One block's contribution to the per-minute chain metrics; a minute aggregate adds it when the
 * block arrives and subtracts the very same value when the block is retracted.
 *
 * @param baseFeePerGas null before London
 * @param senders distinct senders of the block's transactions (lowercase addresses)
 * @param internalCalls the block's internal transactions; null when the block was not traced
 */
public record BlockStats(
    long blockNumber,
    String blockHash,
    long blockTimestamp,
    long transactionCount,
    long gasUsed,
    BigDecimal feesPaid,
    BigDecimal baseFeePerGas,
    Set<String> senders,
    InternalCalls internalCalls) {

  private static final long MINUTE_SECONDS = 60;

  public BlockStats {
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(feesPaid, "feesPaid");
    senders = Set.copyOf(senders);
  }

  /** The figures of an untraced block. */
  public BlockStats(
      long blockNumber,
      String blockHash,
      long blockTimestamp,
      long transactionCount,
      long gasUsed,
      BigDecimal feesPaid,
      BigDecimal baseFeePerGas,
      Set<String> senders) {
    this(
        blockNumber,
        blockHash,
        blockTimestamp,
        transactionCount,
        gasUsed,
        feesPaid,
        baseFeePerGas,
        senders,
        null);
  }

  /** The figures of an untraced block and its transactions (block gas used from the header). */
  public static BlockStats of(Block block, List<Transaction> transactions) {
    return of(block, transactions, null);
  }

  /**
   * The figures of a block, its transactions and, when it was traced, its internal transactions
   * ({@code internalCalls} null otherwise).
   */
  public static BlockStats of(
      Block block, List<Transaction> transactions, InternalCalls internalCalls) {
    BigDecimal fees = BigDecimal.ZERO;
    Set<String> senders = new HashSet<>();
    for (Transaction tx : transactions) {
      fees = fees.add(tx.getFeePaid());
      senders.add(tx.getFrom());
    }
    return new BlockStats(
        block.getBlockNumber(),
        block.getBlockHash(),
        block.getBlockTimestamp(),
        transactions.size(),
        block.getGasUsed(),
        fees,
        block.getBaseFeePerGas(),
        senders,
        internalCalls);
  }

  /** Start of the minute of block time this block falls in, epoch milliseconds (UTC). */
  public long minuteStart() {
    return Math.floorDiv(blockTimestamp, MINUTE_SECONDS) * MINUTE_SECONDS * 1000;
  }
}
