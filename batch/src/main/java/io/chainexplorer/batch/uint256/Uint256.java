package io.chainexplorer.batch.uint256;

import java.math.BigInteger;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The cold store's uint256 values: Avro decimal(78,0) bytes, the big-endian two's complement of the
 * integer (Parquet BINARY), converted exactly; Spark's decimals stop at 38 digits.
 */
public final class Uint256 {

  private Uint256() {}

  /** The integer {@code bytes} encode, or null for null. */
  public static BigInteger of(byte[] bytes) {
    return bytes == null || bytes.length == 0 ? null : new BigInteger(bytes);
  }

  /**
   * The column function giving {@code floor(sum / count)} of a decimal sum text and a count, or
   * null when the count is zero: the exact mean in whole units.
   */
  public static UserDefinedFunction floorMean() {
    return functions
        .udf(
            (UDF2<String, Long, String>)
                (sum, count) ->
                    sum == null || count == null || count == 0
                        ? null
                        : new BigInteger(sum).divide(BigInteger.valueOf(count)).toString(),
            DataTypes.StringType)
        .withName("uint256_floor_mean");
  }
}
