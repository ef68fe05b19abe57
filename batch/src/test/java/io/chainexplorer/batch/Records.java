package io.chainexplorer.batch;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Raw Avro records of a project schema (decimals as bytes), as the apps publish them. */
public final class Records {

  private Records() {}

  /** A live record of {@code schema}: the given fields, every other one empty, zero or null. */
  public static GenericRecord of(Schema schema, Object... fieldsAndValues) {
    GenericRecord record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      record.put(field.pos(), empty(field.schema()));
    }
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      String name = (String) fieldsAndValues[i];
      Object value = fieldsAndValues[i + 1];
      Schema.Field field = schema.getField(name);
      record.put(name, value instanceof BigInteger big ? uint256(big) : enumOrValue(field, value));
    }
    return record;
  }

  /** The Avro decimal bytes of a uint256: minimal big-endian two's complement. */
  public static ByteBuffer uint256(BigInteger value) {
    return ByteBuffer.wrap(value.toByteArray());
  }

  private static Object enumOrValue(Schema.Field field, Object value) {
    Schema schema = field.schema();
    if (schema.getType() == Schema.Type.ENUM) {
      return new GenericData.EnumSymbol(schema, (String) value);
    }
    return value;
  }

  private static Object empty(Schema schema) {
    return switch (schema.getType()) {
      case UNION, NULL -> null;
      case RECORD -> of(schema);
      case ARRAY -> new GenericData.Array<>(schema, List.of());
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(0));
      case STRING -> "0x";
      case BYTES ->
          schema.getLogicalType() instanceof LogicalTypes.Decimal
              ? uint256(BigInteger.ZERO)
              : ByteBuffer.wrap(new byte[0]);
      case LONG -> 0L;
      case INT -> 0;
      case BOOLEAN -> false;
      default -> throw new IllegalArgumentException("no empty value of " + schema.getType());
    };
  }
}
