package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.enricher.metrics.BlockStats;
import io.chainexplorer.enricher.metrics.InternalCalls;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The running aggregate of one minute of block time: the sum of its blocks' figures, which a
 * retracted or replaced block is subtracted from; senders are counted per block so a sender leaves
 * the distinct set only with its last block of the minute. Internal calls are summed over the
 * traced blocks only, and published only while the minute has one.
 */
record MinuteMetrics(
    long blockCount,
    long transactionCount,
    long gasUsed,
    BigDecimal feesPaid,
    BigDecimal baseFeeSum,
    long baseFeeBlocks,
    Map<String, Integer> senderBlocks,
    long tracedBlocks,
    long internalCalls,
    BigDecimal internalValueMoved) {

  MinuteMetrics {
    senderBlocks = Map.copyOf(senderBlocks);
  }

  static MinuteMetrics empty() {
    return new MinuteMetrics(
        0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, Map.of(), 0, 0, BigDecimal.ZERO);
  }

  MinuteMetrics plus(BlockStats block) {
    return combine(block, 1);
  }

  MinuteMetrics minus(BlockStats block) {
    return combine(block, -1);
  }

  /** The published record, or null (a tombstone) once no block of the minute is left. */
  ChainMetrics toChainMetrics(long minuteStart) {
    if (blockCount == 0) {
      return null;
    }
    BigDecimal meanBaseFee =
        baseFeeBlocks == 0
            ? null
            : baseFeeSum.divide(BigDecimal.valueOf(baseFeeBlocks), 0, RoundingMode.DOWN);
    return ChainMetrics.newBuilder()
        .setMinuteStart(Instant.ofEpochMilli(minuteStart))
        .setBlockCount(blockCount)
        .setTransactionCount(transactionCount)
        .setGasUsed(gasUsed)
        .setFeesPaid(feesPaid)
        .setMeanBaseFeePerGas(meanBaseFee)
        .setDistinctSenders(senderBlocks.size())
        .setInternalCallCount(tracedBlocks == 0 ? null : internalCalls)
        .setInternalValueMoved(tracedBlocks == 0 ? null : internalValueMoved)
        .build();
  }

  private MinuteMetrics combine(BlockStats block, int sign) {
    Map<String, Integer> senders = new HashMap<>(senderBlocks);
    for (String sender : block.senders()) {
      senders.merge(sender, sign, (a, b) -> a + b == 0 ? null : a + b);
    }
    BigDecimal baseFee = block.baseFeePerGas();
    BigDecimal signed = BigDecimal.valueOf(sign);
    InternalCalls internal = block.internalCalls();
    return new MinuteMetrics(
        blockCount + sign,
        transactionCount + sign * block.transactionCount(),
        gasUsed + sign * block.gasUsed(),
        feesPaid.add(block.feesPaid().multiply(signed)),
        baseFee == null ? baseFeeSum : baseFeeSum.add(baseFee.multiply(signed)),
        baseFee == null ? baseFeeBlocks : baseFeeBlocks + sign,
        senders,
        internal == null ? tracedBlocks : tracedBlocks + sign,
        internal == null ? internalCalls : internalCalls + sign * internal.count(),
        internal == null
            ? internalValueMoved
            : internalValueMoved.add(internal.valueMoved().multiply(signed)));
  }
}
