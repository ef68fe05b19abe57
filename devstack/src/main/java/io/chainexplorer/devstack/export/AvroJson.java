package io.chainexplorer.devstack.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

/**
 * An Avro record as plain JSON with the schema's field names: unions unwrapped, decimals (uint256
 * values) as exact decimal strings, other bytes as 0x-hex, enums as their symbol, dates and
 * timestamps as the numbers Avro stores.
 */
public final class AvroJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final HexFormat HEX = HexFormat.of();

  private AvroJson() {}

  /** The record's fields as a JSON object. */
  public static ObjectNode toJson(GenericRecord record) {
    ObjectNode object = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      object.set(field.name(), value(field.schema(), record.get(field.pos())));
    }
    return object;
  }

  private static JsonNode value(Schema schema, Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    Schema actual =
        schema.getType() == Schema.Type.UNION
            ? schema.getTypes().get(GenericData.get().resolveUnion(schema, value))
            : schema;
    return switch (actual.getType()) {
      case RECORD -> toJson((GenericRecord) value);
      case ARRAY -> array(actual.getElementType(), (List<?>) value);
      case MAP -> map(actual.getValueType(), (Map<?, ?>) value);
      case BYTES -> bytes(actual.getLogicalType(), ((ByteBuffer) value).duplicate());
      case FIXED -> bytes(actual.getLogicalType(), ByteBuffer.wrap(((GenericFixed) value).bytes()));
      case INT -> NODES.numberNode((Integer) value);
      case LONG -> NODES.numberNode((Long) value);
      case FLOAT -> NODES.numberNode((Float) value);
      case DOUBLE -> NODES.numberNode((Double) value);
      case BOOLEAN -> NODES.booleanNode((Boolean) value);
      default -> NODES.textNode(value.toString());
    };
  }

  private static ArrayNode array(Schema element, List<?> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(value(element, v)));
    return array;
  }

  private static ObjectNode map(Schema valueSchema, Map<?, ?> values) {
    ObjectNode object = NODES.objectNode();
    values.forEach((k, v) -> object.set(k.toString(), value(valueSchema, v)));
    return object;
  }

  private static JsonNode bytes(LogicalType logicalType, ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    if (logicalType instanceof LogicalTypes.Decimal decimal) {
      BigDecimal number = new BigDecimal(new BigInteger(bytes), decimal.getScale());
      return NODES.textNode(number.toPlainString());
    }
    return NODES.textNode("0x" + HEX.formatHex(bytes));
  }
}
