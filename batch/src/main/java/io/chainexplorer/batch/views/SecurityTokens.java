package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import io.chainexplorer.batch.input.Inputs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The contracts recognised as security tokens, by the decoder's rule: a log of a recognising event
 * it emitted or a successful call of a recognising function to it; its standard is the family of
 * the first such member (by block, then family), and it counts from that block on.
 */
final class SecurityTokens {

  private SecurityTokens() {}

  /** {@code token_address}, {@code standard} and {@code first_block} of each recognised token. */
  static Dataset<Row> recognised(Inputs inputs) {
    SparkSession spark = inputs.logs().sparkSession();
    Dataset<Row> byEvent =
        inputs
            .logs()
            .join(
                SecurityMembers.events(spark),
                element_at(col("topics"), 1)
                    .equalTo(col("member"))
                    .and(size(col("topics")).equalTo(col("topic_count"))))
            .select(col("address").as("token_address"), col("family"), col("blockNumber"));
    Dataset<Row> byCall =
        succeeded(inputs.calls())
            .join(SecurityMembers.functions(spark), col("selector").equalTo(col("member")))
            .select(col("to").as("token_address"), col("family"), col("blockNumber"));
    return byEvent
        .unionByName(byCall)
        .groupBy("token_address")
        .agg(
            min_by(col("family"), struct(col("blockNumber"), col("family"))).as("standard"),
            min("blockNumber").as("first_block"));
  }

  /** The calls that did not revert: the decoder counts no activity of a failed transaction. */
  static Dataset<Row> succeeded(Dataset<Row> calls) {
    return calls.filter(coalesce(col("status"), lit(1L)).equalTo(1L));
  }
}
