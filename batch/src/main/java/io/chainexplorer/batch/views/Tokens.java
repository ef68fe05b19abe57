package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Tokens: one row per token contract and standard ever seen moving, with its first and last block
 * and day, its total transfers, and its creator and creation transaction when the cold store holds
 * its creation (null otherwise).
 */
public final class Tokens {

  public static final String NAME = "tokens";

  private Tokens() {}

  /** The view over {@code inputs}: the whole history, not one row per day. */
  public static Dataset<Row> build(Inputs inputs) {
    return fold(perDay(inputs), inputs.contractCreations());
  }

  /**
   * Each token's transfers of each day ({@code date}, {@code token_address}, {@code standard},
   * {@code first_block}, {@code last_block}, {@code transfers}), what {@link #fold} sums.
   */
  public static Dataset<Row> perDay(Inputs inputs) {
    return inputs
        .tokenTransfers()
        .groupBy(col(ColdStore.DATE), col("tokenAddress").as("token_address"), col("standard"))
        .agg(
            min("blockNumber").as("first_block"),
            max("blockNumber").as("last_block"),
            count(lit(1)).as("transfers"));
  }

  /**
   * The view over the days of {@code perDay} (rows of {@link #perDay}), with the creations of
   * {@code contractCreations} (the cold store's canonical contract creations).
   */
  public static Dataset<Row> fold(Dataset<Row> perDay, Dataset<Row> contractCreations) {
    Dataset<Row> seen =
        perDay
            .groupBy(col("token_address"), col("standard"))
            .agg(
                min("first_block").as("first_block"),
                max("last_block").as("last_block"),
                min(ColdStore.DATE).as("first_date"),
                max(ColdStore.DATE).as("last_date"),
                sum("transfers").as("transfers"));
    Dataset<Row> creations =
        contractCreations.select(
            col("address").as("token_address"),
            col("creator"),
            col("transactionHash").as("creation_transaction"),
            col("createdByFactory").as("created_by_factory"));
    return seen.join(creations, new String[] {"token_address"}, "left")
        .select(
            "token_address",
            "standard",
            "first_block",
            "last_block",
            "first_date",
            "last_date",
            "transfers",
            "creator",
            "creation_transaction",
            "created_by_factory");
  }
}
