package io.chainexplorer.sink.hdfs;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Generic records of any project schema with every field filled from a seed (raw Avro data:
 * decimals as minimal two's-complement bytes), as the apps would publish them.
 */
public final class SampleRecords {

  private SampleRecords() {}

  /** A record of {@code schema} for block time {@code blockTimestamp}, not retracted. */
  public static GenericRecord record(Schema schema, long seed, long blockTimestamp) {
    GenericRecord record = (GenericRecord) value(schema, seed);
    record.put("blockTimestamp", blockTimestamp);
    record.put("blockNumber", 1_000 + seed);
    if (schema.getField("retracted") != null) {
      record.put("retracted", false);
    }
    return record;
  }

  private static Object value(Schema schema, long seed) {
    return switch (schema.getType()) {
      case RECORD -> struct(schema, seed);
      case UNION -> value(nonNull(schema), seed);
      case ARRAY -> new GenericData.Array<>(schema, List.of(value(schema.getElementType(), seed)));
      case MAP -> Map.of("k" + seed, value(schema.getValueType(), seed));
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(0));
      case STRING -> "0x" + Long.toHexString(seed * 31 + 7);
      case BYTES -> bytes(schema, seed);
      case FIXED -> new GenericData.Fixed(schema, new byte[schema.getFixedSize()]);
      case INT -> (int) seed;
      case LONG -> seed;
      case FLOAT -> (float) seed;
      case DOUBLE -> (double) seed;
      case BOOLEAN -> seed % 2 == 0;
      case NULL -> null;
    };
  }

  private static GenericRecord struct(Schema schema, long seed) {
    GenericRecord record = new GenericData.Record(schema);
    long fieldSeed = seed;
    for (Schema.Field field : schema.getFields()) {
      record.put(field.pos(), value(field.schema(), fieldSeed++));
    }
    return record;
  }

  private static ByteBuffer bytes(Schema schema, long seed) {
    if (schema.getLogicalType() instanceof LogicalTypes.Decimal) {
      // uint256-sized values exercise the widest decimals.
      BigInteger value = BigInteger.TWO.pow(255).add(BigInteger.valueOf(seed));
      return ByteBuffer.wrap(value.toByteArray());
    }
    return ByteBuffer.wrap(new byte[] {(byte) seed});
  }

  private static Schema nonNull(Schema union) {
    return union.getTypes().stream()
        .filter(branch -> branch.getType() != Schema.Type.NULL)
        .findFirst()
        .orElseThrow();
  }
}
