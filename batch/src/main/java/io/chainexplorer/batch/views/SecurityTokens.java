package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The contracts recognised as security tokens, by the decoder's rule: a log of a recognising event
 * it emitted or a successful call of a recognising function to it; its standard is the family of
 * the first such member (by block, then family), and it counts from that block on.
 */
public final class SecurityTokens {

  private SecurityTokens() {}

  /**
   * {@code token_address}, {@code standard}, {@code first_block} and {@code first_date} of each
   * recognised token.
   */
  public static Dataset<Row> recognised(Inputs inputs) {
    return combine(perDay(inputs));
  }

  /**
   * The recognitions of each day ({@code date}, {@code token_address}, {@code standard}, {@code
   * first_block}); {@link #combine} of any days' rows gives the recognitions over those days.
   */
  public static Dataset<Row> perDay(Inputs inputs) {
    SparkSession spark = inputs.logs().sparkSession();
    Dataset<Row> byEvent =
        inputs
            .logs()
            .join(
                SecurityMembers.events(spark),
                element_at(col("topics"), 1)
                    .equalTo(col("member"))
                    .and(size(col("topics")).equalTo(col("topic_count"))))
            .select(
                col(ColdStore.DATE),
                col("address").as("token_address"),
                col("family").as("standard"),
                col("blockNumber").as("first_block"));
    Dataset<Row> byCall =
        succeeded(inputs.calls())
            .join(SecurityMembers.functions(spark), col("selector").equalTo(col("member")))
            .select(
                col(ColdStore.DATE),
                col("to").as("token_address"),
                col("family").as("standard"),
                col("blockNumber").as("first_block"));
    return earliest(byEvent.unionByName(byCall), col(ColdStore.DATE), col("token_address"));
  }

  /** The recognitions over the days of {@code perDay}: each token's earliest. */
  public static Dataset<Row> combine(Dataset<Row> perDay) {
    return earliest(perDay, col("token_address"));
  }

  private static Dataset<Row> earliest(Dataset<Row> recognitions, Column... by) {
    return recognitions
        .groupBy(by)
        .agg(
            min_by(col("standard"), struct(col("first_block"), col("standard"))).as("standard"),
            min("first_block").as("first_block"),
            min(ColdStore.DATE).as("first_date"))
        .select(
            Stream.concat(
                    Arrays.stream(by),
                    Stream.of(col("standard"), col("first_block"), col("first_date")))
                .toArray(Column[]::new));
  }

  /** The calls that did not revert: the decoder counts no activity of a failed transaction. */
  static Dataset<Row> succeeded(Dataset<Row> calls) {
    return calls.filter(coalesce(col("status"), lit(1L)).equalTo(1L));
  }
}
