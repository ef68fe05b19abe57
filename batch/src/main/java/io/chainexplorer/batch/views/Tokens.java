package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

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
    Dataset<Row> seen =
        inputs
            .tokenTransfers()
            .groupBy(col("tokenAddress").as("token_address"), col("standard"))
            .agg(
                min("blockNumber").as("first_block"),
                max("blockNumber").as("last_block"),
                min(ColdStore.DATE).as("first_date"),
                max(ColdStore.DATE).as("last_date"),
                count(lit(1)).as("transfers"));
    Dataset<Row> creations =
        inputs
            .contractCreations()
            .select(
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
