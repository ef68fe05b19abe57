package io.chainexplorer.sink.converter;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * A Connect value to the raw Avro datum (no logical-type conversions: decimals as bytes or fixed,
 * timestamps as long) of the schema {@link ConnectToAvroSchema} made for it, ready for a plain
 * {@code GenericDatumWriter}.
 */
final class ConnectToAvroValue {

  private static final long MILLIS_PER_DAY = 86_400_000L;
  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  Object convert(org.apache.avro.Schema avro, Schema connect, Object value) {
    if (value == null) {
      return null;
    }
    return switch (avro.getType()) {
      case UNION -> union(avro, connect, value);
      case RECORD -> record(avro, connect, (Struct) value);
      case ARRAY -> array(avro, connect, (Collection<?>) value);
      case MAP -> map(avro, connect, (Map<?, ?>) value);
      case ENUM -> new GenericData.EnumSymbol(avro, value.toString());
      case FIXED -> fixed(avro, value);
      case BYTES -> bytes(avro, value);
      case STRING -> value.toString();
      case INT -> integer(avro, value);
      case LONG -> value instanceof java.util.Date date ? date.getTime() : (Long) value;
      case FLOAT -> (Float) value;
      case DOUBLE -> (Double) value;
      case BOOLEAN -> (Boolean) value;
      case NULL -> null;
    };
  }

  private Object union(org.apache.avro.Schema avro, Schema connect, Object value) {
    if (AvroParameters.isNullable(avro)) {
      return convert(AvroParameters.nonNullBranches(avro).get(0), connect, value);
    }
    Struct union = (Struct) value;
    for (org.apache.avro.Schema branch : AvroParameters.nonNullBranches(avro)) {
      Field field = connect.field(AvroParameters.branchName(branch));
      Object branchValue = union.get(field);
      if (branchValue != null) {
        return convert(branch, field.schema(), branchValue);
      }
    }
    throw new DataException("Union struct " + connect.name() + " has no branch set");
  }

  private GenericData.Record record(org.apache.avro.Schema avro, Schema connect, Struct struct) {
    GenericData.Record record = new GenericData.Record(avro);
    for (org.apache.avro.Schema.Field field : avro.getFields()) {
      Field connectField = connect.field(field.name());
      // A null in an optional field stays null; only a missing required value takes the default.
      Object value =
          connectField.schema().isOptional()
              ? struct.getWithoutDefault(connectField.name())
              : struct.get(connectField);
      record.put(field.pos(), convert(field.schema(), connectField.schema(), value));
    }
    return record;
  }

  private GenericData.Array<Object> array(
      org.apache.avro.Schema avro, Schema connect, Collection<?> value) {
    List<Object> elements = new ArrayList<>(value.size());
    for (Object element : value) {
      elements.add(convert(avro.getElementType(), connect.valueSchema(), element));
    }
    return new GenericData.Array<>(avro, elements);
  }

  private Map<String, Object> map(org.apache.avro.Schema avro, Schema connect, Map<?, ?> value) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : value.entrySet()) {
      map.put(
          entry.getKey().toString(),
          convert(avro.getValueType(), connect.valueSchema(), entry.getValue()));
    }
    return map;
  }

  private static Object fixed(org.apache.avro.Schema avro, Object value) {
    LogicalType logicalType = avro.getLogicalType();
    if (logicalType instanceof LogicalTypes.Decimal) {
      return DECIMALS.toFixed((BigDecimal) value, avro, logicalType);
    }
    return new GenericData.Fixed(avro, bytesOf(value));
  }

  private static ByteBuffer bytes(org.apache.avro.Schema avro, Object value) {
    LogicalType logicalType = avro.getLogicalType();
    if (logicalType instanceof LogicalTypes.Decimal) {
      return DECIMALS.toBytes((BigDecimal) value, avro, logicalType);
    }
    return ByteBuffer.wrap(bytesOf(value));
  }

  private static byte[] bytesOf(Object value) {
    if (value instanceof ByteBuffer buffer) {
      ByteBuffer view = buffer.duplicate();
      byte[] bytes = new byte[view.remaining()];
      view.get(bytes);
      return bytes;
    }
    return (byte[]) value;
  }

  private static Integer integer(org.apache.avro.Schema avro, Object value) {
    if (value instanceof java.util.Date date) {
      long millis = date.getTime();
      return (int)
          (avro.getLogicalType() instanceof LogicalTypes.Date
              ? Math.floorDiv(millis, MILLIS_PER_DAY)
              : millis);
    }
    return ((Number) value).intValue();
  }
}
