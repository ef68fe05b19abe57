package io.chainexplorer.sink.converter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/** Deterministic Avro data for any schema, with every nullable either null or set. */
final class AvroSamples {

  /** 2^256 - 1, the largest uint256. */
  static final BigInteger UINT256_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  private AvroSamples() {}

  /** The hand-written schema covering every Avro type the converter maps. */
  static Schema allTypes() {
    return AllTypesSchema.parse();
  }

  /** A raw datum (decimals as bytes, timestamps as long) of {@code schema}. */
  static Object sample(Schema schema, boolean nulls) {
    return switch (schema.getType()) {
      case RECORD -> record(schema, nulls);
      case UNION -> union(schema, nulls);
      case ARRAY ->
          new GenericData.Array<>(
              schema,
              Arrays.asList(
                  sample(schema.getElementType(), nulls), sample(schema.getElementType(), false)));
      case MAP -> map(schema, nulls);
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(1));
      case FIXED -> fixed(schema);
      case BYTES -> bytes(schema);
      case STRING -> "0xdeadbeef";
      case INT -> schema.getLogicalType() instanceof LogicalTypes.TimeMillis ? 45_296_789 : 19_700;
      case LONG -> schema.getLogicalType() == null ? Long.MAX_VALUE : 1_700_000_000_123L;
      case FLOAT -> 1.5f;
      case DOUBLE -> -2.25d;
      case BOOLEAN -> true;
      case NULL -> null;
    };
  }

  private static GenericData.Record record(Schema schema, boolean nulls) {
    GenericData.Record record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      record.put(field.pos(), sample(field.schema(), nulls));
    }
    return record;
  }

  private static Object union(Schema schema, boolean nulls) {
    List<Schema> branches = AvroParameters.nonNullBranches(schema);
    if (nulls && branches.size() < schema.getTypes().size()) {
      return null;
    }
    // The last branch of a general union is the one most likely to be a record.
    return sample(branches.get(branches.size() - 1), nulls);
  }

  private static Map<String, Object> map(Schema schema, boolean nulls) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("first", sample(schema.getValueType(), nulls));
    map.put("second", sample(schema.getValueType(), false));
    return map;
  }

  private static Object fixed(Schema schema) {
    if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
      return DECIMALS.toFixed(largest(decimal), schema, decimal);
    }
    byte[] bytes = new byte[schema.getFixedSize()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 37);
    }
    return new GenericData.Fixed(schema, bytes);
  }

  private static ByteBuffer bytes(Schema schema) {
    if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
      return DECIMALS.toBytes(largest(decimal), schema, decimal);
    }
    return ByteBuffer.wrap(new byte[] {0, -1, 127, -128});
  }

  /** The largest uint256 that fits the decimal's precision, at its scale. */
  private static BigDecimal largest(LogicalTypes.Decimal decimal) {
    BigInteger digits = BigInteger.TEN.pow(decimal.getPrecision()).subtract(BigInteger.ONE);
    return new BigDecimal(UINT256_MAX.min(digits), decimal.getScale());
  }

  /** Avro binary of {@code datum}, written without logical-type conversions. */
  static byte[] encode(Schema schema, Object datum) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      new GenericDatumWriter<>(schema, GenericData.get()).write(datum, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
