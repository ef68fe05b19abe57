package io.chainexplorer.sink.converter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/** A Connect default value as the JSON-like object Avro's {@code Schema.Field} takes. */
final class AvroDefaults {

  private AvroDefaults() {}

  static Object json(
      org.apache.avro.Schema avro, org.apache.kafka.connect.data.Schema connect, Object value) {
    return toJson(new ConnectToAvroValue().convert(avro, connect, value));
  }

  private static Object toJson(Object datum) {
    if (datum == null) {
      return JsonProperties.NULL_VALUE;
    }
    if (datum instanceof IndexedRecord record) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (org.apache.avro.Schema.Field field : record.getSchema().getFields()) {
        fields.put(field.name(), toJson(record.get(field.pos())));
      }
      return fields;
    }
    if (datum instanceof Collection<?> collection) {
      List<Object> elements = new ArrayList<>();
      collection.forEach(element -> elements.add(toJson(element)));
      return elements;
    }
    if (datum instanceof Map<?, ?> map) {
      Map<String, Object> entries = new LinkedHashMap<>();
      map.forEach((key, value) -> entries.put(key.toString(), toJson(value)));
      return entries;
    }
    return scalar(datum);
  }

  private static Object scalar(Object datum) {
    if (datum instanceof ByteBuffer buffer) {
      byte[] bytes = new byte[buffer.remaining()];
      buffer.duplicate().get(bytes);
      return latin1(bytes);
    }
    if (datum instanceof GenericFixed fixed) {
      return latin1(fixed.bytes());
    }
    if (datum instanceof GenericEnumSymbol<?> || datum instanceof CharSequence) {
      return datum.toString();
    }
    // Parsed schema JSON holds small integers as int nodes and decimals as double nodes: match it
    // so that a regenerated field default equals the parsed one.
    if (datum instanceof Long number && number == number.intValue()) {
      return number.intValue();
    }
    if (datum instanceof Float number) {
      return Double.parseDouble(number.toString());
    }
    return datum;
  }

  /** Avro writes bytes defaults as strings of code points 0-255. */
  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
