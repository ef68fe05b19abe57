package io.chainexplorer.sink.converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * One Avro schema to its Connect schema; a fresh instance per top-level schema, because it
 * remembers the named types it has converted (to share them and to detect recursion).
 */
final class AvroToConnectSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DECIMAL_PROPS = Set.of("logicalType", "precision", "scale");
  private static final Set<String> CONNECT_TYPE_PROP = Set.of(AvroParameters.CONNECT_TYPE);

  private final Map<String, Schema> converted = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  Schema convert(org.apache.avro.Schema avro) {
    return toConnect(avro, false);
  }

  private Schema toConnect(org.apache.avro.Schema avro, boolean optional) {
    if (avro.getType() == org.apache.avro.Schema.Type.UNION) {
      return union(avro);
    }
    if (!isNamed(avro)) {
      return build(avro, optional);
    }
    String key = avro.getFullName() + (optional ? "?" : "");
    Schema known = converted.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(avro.getFullName())) {
      throw new DataException(
          "Avro schema " + avro.getFullName() + " is recursive; Connect schemas cannot be");
    }
    try {
      Schema schema = build(avro, optional);
      converted.put(key, schema);
      return schema;
    } finally {
      inProgress.remove(avro.getFullName());
    }
  }

  private Schema build(org.apache.avro.Schema avro, boolean optional) {
    SchemaBuilder builder = builder(avro);
    if (optional) {
      builder.optional();
    }
    return builder.build();
  }

  private SchemaBuilder builder(org.apache.avro.Schema avro) {
    SchemaBuilder logical = logical(avro);
    if (logical != null) {
      return withProperties(logical, avro, DECIMAL_PROPS);
    }
    SchemaBuilder builder =
        switch (avro.getType()) {
          case RECORD -> record(avro);
          case ENUM -> enumeration(avro);
          case ARRAY -> SchemaBuilder.array(toConnect(avro.getElementType(), false));
          case MAP ->
              SchemaBuilder.map(Schema.STRING_SCHEMA, toConnect(avro.getValueType(), false));
          case FIXED -> fixed(avro);
          case STRING -> SchemaBuilder.string();
          case BYTES -> SchemaBuilder.bytes();
          case INT -> integer(avro);
          case LONG -> SchemaBuilder.int64();
          case FLOAT -> SchemaBuilder.float32();
          case DOUBLE -> SchemaBuilder.float64();
          case BOOLEAN -> SchemaBuilder.bool();
          default ->
              throw new DataException(
                  "Avro type " + avro.getType().getName() + " has no Connect equivalent here");
        };
    return withProperties(builder, avro, CONNECT_TYPE_PROP);
  }

  /** The Connect logical type for a supported Avro logical type, else null (kept as a property). */
  private static SchemaBuilder logical(org.apache.avro.Schema avro) {
    LogicalType logicalType = avro.getLogicalType();
    org.apache.avro.Schema.Type type = avro.getType();
    if (logicalType instanceof LogicalTypes.Decimal decimal) {
      SchemaBuilder builder =
          Decimal.builder(decimal.getScale())
              .parameter(AvroParameters.DECIMAL_PRECISION, String.valueOf(decimal.getPrecision()));
      if (type == org.apache.avro.Schema.Type.FIXED) {
        builder.parameter(AvroParameters.FIXED_SIZE, String.valueOf(avro.getFixedSize()));
        builder.parameter(AvroParameters.FIXED_NAME, avro.getFullName());
      }
      return builder;
    }
    if (logicalType instanceof LogicalTypes.TimestampMillis
        && type == org.apache.avro.Schema.Type.LONG) {
      return Timestamp.builder();
    }
    if (logicalType instanceof LogicalTypes.Date && type == org.apache.avro.Schema.Type.INT) {
      return Date.builder();
    }
    if (logicalType instanceof LogicalTypes.TimeMillis && type == org.apache.avro.Schema.Type.INT) {
      return Time.builder();
    }
    return null;
  }

  private SchemaBuilder record(org.apache.avro.Schema avro) {
    SchemaBuilder builder = SchemaBuilder.struct().name(avro.getFullName());
    if (avro.getDoc() != null) {
      builder.doc(avro.getDoc());
    }
    for (org.apache.avro.Schema.Field field : avro.getFields()) {
      Schema fieldSchema = fieldSchema(field);
      builder.field(field.name(), fieldSchema);
      if (field.doc() != null) {
        builder.parameter(AvroParameters.FIELD_DOC + field.name(), field.doc());
      }
      if (fieldSchema.isOptional() && !field.hasDefaultValue()) {
        builder.parameter(AvroParameters.FIELD_NO_DEFAULT + field.name(), "true");
      }
    }
    return builder;
  }

  /** The field's type, carrying the field's non-null default (Connect keeps defaults there). */
  private Schema fieldSchema(org.apache.avro.Schema.Field field) {
    Schema type = toConnect(field.schema(), false);
    if (!field.hasDefaultValue()) {
      return type;
    }
    Object avroDefault = GenericData.get().getDefaultValue(field);
    if (avroDefault == null || type.type() == Schema.Type.STRUCT) {
      // Null is the convention for optional fields; a struct default cannot be attached to a
      // builder (Connect checks it against a built schema), so it is left out.
      return type;
    }
    Object connectDefault = new AvroToConnectValue().convert(field.schema(), type, avroDefault);
    return ConnectSchemas.copy(type).defaultValue(connectDefault).build();
  }

  private Schema union(org.apache.avro.Schema avro) {
    List<org.apache.avro.Schema> branches = AvroParameters.nonNullBranches(avro);
    int nullIndex = nullIndex(avro);
    if (branches.isEmpty()) {
      throw new DataException("Avro union " + avro + " has only null: no Connect equivalent");
    }
    Schema schema;
    if (branches.size() == 1) {
      schema = toConnect(branches.get(0), nullIndex >= 0);
    } else {
      SchemaBuilder struct = SchemaBuilder.struct().name(AvroParameters.UNION_NAME);
      for (org.apache.avro.Schema branch : branches) {
        struct.field(AvroParameters.branchName(branch), toConnect(branch, true));
      }
      if (nullIndex >= 0) {
        struct.optional();
      }
      schema = struct.build();
    }
    if (nullIndex > 0) {
      return ConnectSchemas.copy(schema)
          .parameter(AvroParameters.NULL_INDEX, String.valueOf(nullIndex))
          .build();
    }
    return schema;
  }

  private static int nullIndex(org.apache.avro.Schema union) {
    List<org.apache.avro.Schema> types = union.getTypes();
    for (int i = 0; i < types.size(); i++) {
      if (types.get(i).getType() == org.apache.avro.Schema.Type.NULL) {
        return i;
      }
    }
    return -1;
  }

  private static SchemaBuilder enumeration(org.apache.avro.Schema avro) {
    SchemaBuilder builder =
        SchemaBuilder.string()
            .name(avro.getFullName())
            .parameter(AvroParameters.ENUM_SYMBOLS, String.join(",", avro.getEnumSymbols()));
    if (avro.getEnumDefault() != null) {
      builder.parameter(AvroParameters.ENUM_DEFAULT, avro.getEnumDefault());
    }
    if (avro.getDoc() != null) {
      builder.doc(avro.getDoc());
    }
    return builder;
  }

  private static SchemaBuilder fixed(org.apache.avro.Schema avro) {
    SchemaBuilder builder =
        SchemaBuilder.bytes()
            .name(avro.getFullName())
            .parameter(AvroParameters.FIXED_SIZE, String.valueOf(avro.getFixedSize()));
    if (avro.getDoc() != null) {
      builder.doc(avro.getDoc());
    }
    return builder;
  }

  private static SchemaBuilder integer(org.apache.avro.Schema avro) {
    String connectType = avro.getProp(AvroParameters.CONNECT_TYPE);
    if ("int8".equals(connectType)) {
      return SchemaBuilder.int8();
    }
    if ("int16".equals(connectType)) {
      return SchemaBuilder.int16();
    }
    return SchemaBuilder.int32();
  }

  /** Keeps the Avro properties not already expressed by the Connect type, as JSON parameters. */
  private static SchemaBuilder withProperties(
      SchemaBuilder builder, org.apache.avro.Schema avro, Set<String> expressed) {
    for (Map.Entry<String, Object> property : avro.getObjectProps().entrySet()) {
      if (!expressed.contains(property.getKey())) {
        builder.parameter(AvroParameters.PROPERTY + property.getKey(), json(property.getValue()));
      }
    }
    return builder;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new DataException("Avro property value is not JSON: " + value, e);
    }
  }

  private static boolean isNamed(org.apache.avro.Schema avro) {
    return switch (avro.getType()) {
      case RECORD, ENUM, FIXED -> true;
      default -> false;
    };
  }
}
