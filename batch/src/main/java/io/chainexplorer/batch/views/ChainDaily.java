package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import io.chainexplorer.batch.uint256.Uint256;
import io.chainexplorer.batch.uint256.Uint256Sum;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Chain daily: one row per UTC day with blocks, transactions (all and failed), gas used, exact fees
 * paid, the mean base fee, active addresses and contracts created; uint256 values as decimal text.
 */
public final class ChainDaily {

  public static final String NAME = "chain_daily";

  private ChainDaily() {}

  /** The view over {@code inputs}; a day with no block is absent. */
  public static Dataset<Row> build(Inputs inputs) {
    String date = ColdStore.DATE;
    Dataset<Row> blocks =
        inputs
            .blocks()
            .groupBy(date)
            .agg(
                count(lit(1)).as("blocks"),
                sum("gasUsed").as("gas_used"),
                Uint256Sum.function().apply(col("baseFeePerGas")).as("base_fee_sum"),
                count(col("baseFeePerGas")).as("base_fee_blocks"))
            .select(
                col(date),
                col("blocks"),
                col("gas_used"),
                Uint256.floorMean()
                    .apply(col("base_fee_sum"), col("base_fee_blocks"))
                    .as("mean_base_fee_wei"));
    Dataset<Row> transactions =
        inputs
            .transactions()
            .groupBy(date)
            .agg(
                count(lit(1)).as("transactions"),
                sum(when(col("classification").equalTo("FAILED"), 1).otherwise(0))
                    .as("failed_transactions"),
                Uint256Sum.function().apply(col("feePaid")).as("fees_paid_wei"));
    Dataset<Row> senders = inputs.transactions().select(col(date), col("from").as("address"));
    Dataset<Row> receivers =
        inputs
            .transactions()
            .filter(col("to").isNotNull())
            .select(col(date), col("to").as("address"));
    Dataset<Row> active =
        senders.union(receivers).groupBy(date).agg(countDistinct("address").as("active_addresses"));
    Dataset<Row> contracts =
        inputs.contractCreations().groupBy(date).agg(count(lit(1)).as("contracts_created"));
    String[] byDate = {date};
    return blocks
        .join(transactions, byDate, "left")
        .join(active, byDate, "left")
        .join(contracts, byDate, "left")
        .na()
        .fill(0L, new String[] {"transactions", "failed_transactions", "active_addresses"})
        .na()
        .fill(0L, new String[] {"contracts_created"})
        .na()
        .fill("0", new String[] {"fees_paid_wei"})
        .select(
            col(date),
            col("blocks"),
            col("transactions"),
            col("failed_transactions"),
            col("gas_used"),
            col("fees_paid_wei"),
            col("mean_base_fee_wei"),
            col("active_addresses"),
            col("contracts_created"));
  }
}
