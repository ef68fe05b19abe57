package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import io.chainexplorer.batch.uint256.Uint256Sum;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Token daily: one row per UTC day, token contract and standard with transfers, distinct senders
 * and receivers, the exact volume (ERC-20 and ERC-1155 amounts summed over every id, ERC-721 the
 * number of tokens moved), distinct token ids, and mints and burns (from / to the zero address).
 */
public final class TokenDaily {

  public static final String NAME = "token_daily";

  /** The address mints come from and burns go to. */
  public static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

  private TokenDaily() {}

  /** The view over {@code inputs}. */
  public static Dataset<Row> build(Inputs inputs) {
    Column erc721 = col("standard").equalTo("ERC721");
    return inputs
        .tokenTransfers()
        .groupBy(col(ColdStore.DATE), col("tokenAddress").as("token_address"), col("standard"))
        .agg(
            count(lit(1)).as("transfers"),
            countDistinct("from").as("distinct_senders"),
            countDistinct("to").as("distinct_receivers"),
            Uint256Sum.function().apply(col("amount")).as("amount_sum"),
            countDistinct("tokenId").as("distinct_token_ids"),
            sum(when(col("from").equalTo(ZERO_ADDRESS), 1).otherwise(0)).as("mints"),
            sum(when(col("to").equalTo(ZERO_ADDRESS), 1).otherwise(0)).as("burns"))
        .select(
            col(ColdStore.DATE),
            col("token_address"),
            col("standard"),
            col("transfers"),
            col("distinct_senders"),
            col("distinct_receivers"),
            // Each ERC-721 transfer moves exactly one token and carries no amount.
            when(erc721, col("transfers").cast("string")).otherwise(col("amount_sum")).as("volume"),
            col("distinct_token_ids"),
            col("mints"),
            col("burns"));
  }
}
