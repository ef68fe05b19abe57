package io.chainexplorer.sink.converter;

import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;

/**
 * Finds a null that a raw Avro datum holds where its schema allows none, which a datum writer would
 * only report by failing halfway through the encoding.
 */
final class MissingValues {

  private MissingValues() {}

  /**
   * Where the first such null sits, as {@code <type> at <path>} (e.g. {@code string at
   * Widget.name}), or null when there is none; a datum of the wrong type is left to the writer.
   */
  static String firstIn(Schema schema, Object datum) {
    return find(schema, datum, schema.getName());
  }

  private static String find(Schema schema, Object datum, String path) {
    if (datum == null) {
      // A union without a null branch fails in the writer with its own message.
      boolean allowed =
          schema.getType() == Schema.Type.NULL || schema.getType() == Schema.Type.UNION;
      return allowed ? null : schema.getType().getName() + " at " + path;
    }
    return switch (schema.getType()) {
      case RECORD -> datum instanceof IndexedRecord record ? inRecord(schema, record, path) : null;
      case ARRAY -> datum instanceof Collection<?> items ? inArray(schema, items, path) : null;
      case MAP -> datum instanceof Map<?, ?> map ? inMap(schema, map, path) : null;
      case UNION ->
          find(schema.getTypes().get(GenericData.get().resolveUnion(schema, datum)), datum, path);
      default -> null;
    };
  }

  private static String inRecord(Schema schema, IndexedRecord record, String path) {
    for (Schema.Field field : schema.getFields()) {
      String found = find(field.schema(), record.get(field.pos()), path + "." + field.name());
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String inArray(Schema schema, Collection<?> items, String path) {
    int index = 0;
    for (Object item : items) {
      String found = find(schema.getElementType(), item, path + "[" + index++ + "]");
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String inMap(Schema schema, Map<?, ?> map, String path) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String found =
          find(schema.getValueType(), entry.getValue(), path + "[" + entry.getKey() + "]");
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
