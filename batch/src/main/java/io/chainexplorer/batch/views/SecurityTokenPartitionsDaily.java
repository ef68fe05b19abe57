package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.unhex;
import static org.apache.spark.sql.functions.when;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import io.chainexplorer.batch.uint256.Uint256Sum;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Security-token partitions daily: per UTC day, token and ERC-1410 partition, the {@code
 * TransferByPartition} events out of the partition and their exact volume.
 */
public final class SecurityTokenPartitionsDaily {

  public static final String NAME = "security_token_partitions_daily";

  private SecurityTokenPartitionsDaily() {}

  /** The view over {@code inputs}. */
  public static Dataset<Row> build(Inputs inputs) {
    // data: operator, value, then the offsets of the two byte strings; 0x + 32-byte words.
    Column value =
        when(
            length(col("data")).geq(2 + 64 * 2),
            // A leading zero byte keeps the unsigned word positive as two's complement.
            unhex(concat(lit("00"), substring(col("data"), 3 + 64, 64))));
    return inputs
        .logs()
        .filter(
            element_at(col("topics"), 1)
                .equalTo(SecurityMembers.TRANSFER_BY_PARTITION)
                .and(size(col("topics")).equalTo(4)))
        .groupBy(
            col(ColdStore.DATE),
            col("address").as("token_address"),
            element_at(col("topics"), 2).as("partition"))
        .agg(count(lit(1)).as("transfers"), Uint256Sum.function().apply(value).as("volume"));
  }
}
