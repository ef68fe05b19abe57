package io.chainexplorer.schemas.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Generic Avro data as the JSON the oracle script speaks: unions as plain values, bytes as {@code
 * {"$bytes": hex}}, maps in their iteration order (which is also their encoding order).
 */
final class AvroJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  static JsonNode toJson(Object datum, Schema schema) {
    switch (schema.getType()) {
      case RECORD:
        ObjectNode record = NODES.objectNode();
        for (Schema.Field field : schema.getFields()) {
          record.set(
              field.name(), toJson(((IndexedRecord) datum).get(field.pos()), field.schema()));
        }
        return record;
      case UNION:
        return toJson(datum, schema.getTypes().get(GenericData.get().resolveUnion(schema, datum)));
      case ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (Object item : (Collection<?>) datum) {
          array.add(toJson(item, schema.getElementType()));
        }
        return array;
      case MAP:
        ObjectNode map = NODES.objectNode();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) datum).entrySet()) {
          map.set(entry.getKey().toString(), toJson(entry.getValue(), schema.getValueType()));
        }
        return map;
      default:
        return scalar(datum, schema);
    }
  }

  private static JsonNode scalar(Object datum, Schema schema) {
    switch (schema.getType()) {
      case NULL:
        return NODES.nullNode();
      case BOOLEAN:
        return NODES.booleanNode((Boolean) datum);
      case INT:
      case LONG:
        return NODES.numberNode(((Number) datum).longValue());
      case FLOAT:
      case DOUBLE:
        return NODES.numberNode(((Number) datum).doubleValue());
      case BYTES:
        ByteBuffer buffer = ((ByteBuffer) datum).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return NODES.objectNode().put("$bytes", HexFormat.of().formatHex(bytes));
      case FIXED:
        return NODES
            .objectNode()
            .put("$bytes", HexFormat.of().formatHex(((GenericFixed) datum).bytes()));
      default:
        return NODES.textNode(datum.toString());
    }
  }

  /** Equal trees, numbers compared by value (JS prints 1.0 as 1). */
  static boolean sameValue(JsonNode left, JsonNode right) {
    return left.equals(
        (a, b) -> {
          if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
          }
          return a.equals(b) ? 0 : 1;
        },
        right);
  }
}
