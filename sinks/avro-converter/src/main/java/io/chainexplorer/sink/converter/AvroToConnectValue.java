package io.chainexplorer.sink.converter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * An Avro datum to the Connect value of the schema {@link AvroToConnectSchema} made for it. Accepts
 * both raw Avro representations and those of Avro's logical-type conversions (BigDecimal, Instant,
 * LocalDate, LocalTime), generic and specific records alike.
 */
final class AvroToConnectValue {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  Object convert(org.apache.avro.Schema avro, Schema connect, Object datum) {
    if (datum == null) {
      return null;
    }
    return switch (avro.getType()) {
      case UNION -> union(avro, connect, datum);
      case RECORD -> record(avro, connect, (IndexedRecord) datum);
      case ARRAY -> array(avro, connect, (Collection<?>) datum);
      case MAP -> map(avro, connect, (Map<?, ?>) datum);
      default -> primitive(connect, datum);
    };
  }

  private Object union(org.apache.avro.Schema avro, Schema connect, Object datum) {
    if (AvroParameters.isNullable(avro)) {
      return convert(AvroParameters.nonNullBranches(avro).get(0), connect, datum);
    }
    org.apache.avro.Schema branch =
        avro.getTypes().get(SpecificData.get().resolveUnion(avro, datum));
    Field field = connect.field(AvroParameters.branchName(branch));
    Struct struct = new Struct(connect);
    struct.put(field, convert(branch, field.schema(), datum));
    return struct;
  }

  private Struct record(org.apache.avro.Schema avro, Schema connect, IndexedRecord datum) {
    Struct struct = new Struct(connect);
    for (org.apache.avro.Schema.Field field : avro.getFields()) {
      Field connectField = connect.field(field.name());
      struct.put(
          connectField, convert(field.schema(), connectField.schema(), datum.get(field.pos())));
    }
    return struct;
  }

  private List<Object> array(org.apache.avro.Schema avro, Schema connect, Collection<?> datum) {
    List<Object> list = new ArrayList<>(datum.size());
    for (Object element : datum) {
      list.add(convert(avro.getElementType(), connect.valueSchema(), element));
    }
    return list;
  }

  private Map<String, Object> map(org.apache.avro.Schema avro, Schema connect, Map<?, ?> datum) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : datum.entrySet()) {
      map.put(
          entry.getKey().toString(),
          convert(avro.getValueType(), connect.valueSchema(), entry.getValue()));
    }
    return map;
  }

  private static Object primitive(Schema connect, Object datum) {
    Object logical = logical(connect, datum);
    if (logical != null) {
      return logical;
    }
    return switch (connect.type()) {
      case STRING -> datum.toString();
      case BYTES -> bytes(datum);
      case INT8 -> ((Number) datum).byteValue();
      case INT16 -> ((Number) datum).shortValue();
      case INT32 -> ((Number) datum).intValue();
      case INT64 -> ((Number) datum).longValue();
      case FLOAT32 -> ((Number) datum).floatValue();
      case FLOAT64 -> ((Number) datum).doubleValue();
      case BOOLEAN -> (Boolean) datum;
      default -> throw new DataException("Unexpected Connect type " + connect.type());
    };
  }

  /** The Connect logical value, or null when {@code connect} is not a Connect logical type. */
  private static Object logical(Schema connect, Object datum) {
    String name = connect.name();
    if (Decimal.LOGICAL_NAME.equals(name)) {
      return decimal(connect, datum);
    }
    if (Timestamp.LOGICAL_NAME.equals(name)) {
      long millis = datum instanceof Instant instant ? instant.toEpochMilli() : (Long) datum;
      return new java.util.Date(millis);
    }
    if (Date.LOGICAL_NAME.equals(name)) {
      long days = datum instanceof LocalDate date ? date.toEpochDay() : (Integer) datum;
      return new java.util.Date(days * MILLIS_PER_DAY);
    }
    if (Time.LOGICAL_NAME.equals(name)) {
      long millis =
          datum instanceof LocalTime time ? time.toNanoOfDay() / 1_000_000L : (Integer) datum;
      return new java.util.Date(millis);
    }
    return null;
  }

  private static BigDecimal decimal(Schema connect, Object datum) {
    if (datum instanceof BigDecimal decimal) {
      return decimal;
    }
    int scale = Integer.parseInt(connect.parameters().get(Decimal.SCALE_FIELD));
    return new BigDecimal(new BigInteger(bytes(datum)), scale);
  }

  private static byte[] bytes(Object datum) {
    if (datum instanceof ByteBuffer buffer) {
      ByteBuffer view = buffer.duplicate();
      byte[] bytes = new byte[view.remaining()];
      view.get(bytes);
      return bytes;
    }
    if (datum instanceof GenericFixed fixed) {
      return fixed.bytes().clone();
    }
    if (datum instanceof byte[] bytes) {
      return bytes.clone();
    }
    throw new DataException("Expected Avro bytes or fixed, got " + datum.getClass().getName());
  }
}
