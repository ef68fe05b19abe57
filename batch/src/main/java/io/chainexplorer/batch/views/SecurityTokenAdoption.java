package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Security-token adoption: per UTC day and standard with active tokens, the tokens active that day
 * and the tokens ever active up to it; folded from {@link SecurityTokensDaily}, so an incremental
 * run reads that view's rows, not the cold store's history.
 */
public final class SecurityTokenAdoption {

  public static final String NAME = "security_token_adoption";

  private SecurityTokenAdoption() {}

  /** The view over {@code inputs}. */
  public static Dataset<Row> build(Inputs inputs) {
    return fold(SecurityTokensDaily.build(inputs));
  }

  /** The view over every day of {@code daily}, rows of {@link SecurityTokensDaily}. */
  public static Dataset<Row> fold(Dataset<Row> daily) {
    Dataset<Row> firstSeen =
        daily
            .groupBy("standard", "token_address")
            .agg(min(ColdStore.DATE).as(ColdStore.DATE))
            .groupBy(ColdStore.DATE, "standard")
            .agg(count(lit(1)).as("new_tokens"));
    return daily
        .groupBy(ColdStore.DATE, "standard")
        .agg(count(lit(1)).as("active_tokens"))
        .join(firstSeen, new String[] {ColdStore.DATE, "standard"}, "left")
        .withColumn(
            "cumulative_tokens",
            sum(coalesce(col("new_tokens"), lit(0L)))
                .over(Window.partitionBy("standard").orderBy(ColdStore.DATE)))
        .select(
            col(ColdStore.DATE), col("standard"), col("active_tokens"), col("cumulative_tokens"));
  }
}
