package io.chainexplorer.batch.uint256;

import java.math.BigInteger;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * The exact sum of a uint256 bytes column as decimal text ("0" over no value; nulls skipped): the
 * partial sums travel as two's-complement bytes, so no digit is ever rounded.
 */
public final class Uint256Sum extends Aggregator<byte[], byte[], String> {

  private static final long serialVersionUID = 1L;
  private static final byte[] ZERO = BigInteger.ZERO.toByteArray();

  /** The aggregate function, for {@code agg(Uint256Sum.function().apply(col("amount")))}. */
  public static UserDefinedFunction function() {
    return functions.udaf(new Uint256Sum(), Encoders.BINARY()).withName("uint256_sum");
  }

  @Override
  public byte[] zero() {
    return ZERO;
  }

  @Override
  public byte[] reduce(byte[] sum, byte[] value) {
    BigInteger addend = Uint256.of(value);
    return addend == null ? sum : new BigInteger(sum).add(addend).toByteArray();
  }

  @Override
  public byte[] merge(byte[] left, byte[] right) {
    return new BigInteger(left).add(new BigInteger(right)).toByteArray();
  }

  @Override
  public String finish(byte[] sum) {
    return new BigInteger(sum).toString();
  }

  @Override
  public Encoder<byte[]> bufferEncoder() {
    return Encoders.BINARY();
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
