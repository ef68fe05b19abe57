package io.chainexplorer.api.stats;

import java.math.BigInteger;
import java.time.LocalDate;

/**
 * One day of chain activity.
 *
 * @param day the UTC day
 * @param blockCount blocks mined
 * @param transactionCount transactions included
 * @param gasUsed gas used by all of them
 * @param feesPaid fees paid in wei
 * @param layer the layer that computed the day ("batch" or "speed")
 */
public record DailyChainStats(
    LocalDate day,
    long blockCount,
    long transactionCount,
    long gasUsed,
    BigInteger feesPaid,
    String layer) {}
