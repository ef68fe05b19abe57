package io.chainexplorer.sink.converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * One Connect schema to its Avro schema, restoring what the parameters of {@link AvroParameters}
 * recorded; a fresh instance per top-level schema, because Avro names must be defined once.
 */
final class ConnectToAvroSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Precision of a Connect Decimal that does not state one (Confluent's choice too). */
  private static final int DEFAULT_DECIMAL_PRECISION = 64;

  private final Map<String, org.apache.avro.Schema> named = new HashMap<>();
  private int unnamedRecords;

  org.apache.avro.Schema convert(Schema connect) {
    return toAvro(connect);
  }

  private org.apache.avro.Schema toAvro(Schema connect) {
    org.apache.avro.Schema base = base(connect);
    if (!connect.isOptional()) {
      return base;
    }
    List<org.apache.avro.Schema> types = new ArrayList<>();
    if (base.getType() == org.apache.avro.Schema.Type.UNION) {
      types.addAll(base.getTypes());
    } else {
      types.add(base);
    }
    types.add(Math.min(nullIndex(connect), types.size()), nullSchema());
    return org.apache.avro.Schema.createUnion(types);
  }

  /** Where null goes in an optional schema's union: as recorded, else last only for a default. */
  private static int nullIndex(Schema connect) {
    String recorded = parameter(connect, AvroParameters.NULL_INDEX);
    if (recorded != null) {
      return Integer.parseInt(recorded);
    }
    // Avro requires a field default to match the first branch.
    return connect.defaultValue() == null ? 0 : 1;
  }

  private static org.apache.avro.Schema nullSchema() {
    return org.apache.avro.Schema.create(org.apache.avro.Schema.Type.NULL);
  }

  /** The Avro schema of {@code connect}'s values, ignoring whether it is optional. */
  private org.apache.avro.Schema base(Schema connect) {
    org.apache.avro.Schema logical = logical(connect);
    if (logical != null) {
      return logical;
    }
    return switch (connect.type()) {
      case STRUCT -> struct(connect);
      case ARRAY ->
          withProperties(
              org.apache.avro.Schema.createArray(toAvro(connect.valueSchema())), connect);
      case MAP -> map(connect);
      case STRING -> string(connect);
      case BYTES -> bytes(connect);
      case INT8 -> withConnectType(primitive(connect, org.apache.avro.Schema.Type.INT), "int8");
      case INT16 -> withConnectType(primitive(connect, org.apache.avro.Schema.Type.INT), "int16");
      case INT32 -> primitive(connect, org.apache.avro.Schema.Type.INT);
      case INT64 -> primitive(connect, org.apache.avro.Schema.Type.LONG);
      case FLOAT32 -> primitive(connect, org.apache.avro.Schema.Type.FLOAT);
      case FLOAT64 -> primitive(connect, org.apache.avro.Schema.Type.DOUBLE);
      case BOOLEAN -> primitive(connect, org.apache.avro.Schema.Type.BOOLEAN);
    };
  }

  private org.apache.avro.Schema logical(Schema connect) {
    String name = connect.name();
    if (Decimal.LOGICAL_NAME.equals(name)) {
      return decimal(connect);
    }
    LogicalType type = null;
    org.apache.avro.Schema.Type avroType = org.apache.avro.Schema.Type.INT;
    if (Timestamp.LOGICAL_NAME.equals(name)) {
      type = LogicalTypes.timestampMillis();
      avroType = org.apache.avro.Schema.Type.LONG;
    } else if (Date.LOGICAL_NAME.equals(name)) {
      type = LogicalTypes.date();
    } else if (Time.LOGICAL_NAME.equals(name)) {
      type = LogicalTypes.timeMillis();
    }
    return type == null ? null : type.addToSchema(primitive(connect, avroType));
  }

  private org.apache.avro.Schema decimal(Schema connect) {
    int scale = Integer.parseInt(connect.parameters().get(Decimal.SCALE_FIELD));
    String precision = parameter(connect, AvroParameters.DECIMAL_PRECISION);
    LogicalType type =
        LogicalTypes.decimal(
            precision == null ? DEFAULT_DECIMAL_PRECISION : Integer.parseInt(precision), scale);
    String size = parameter(connect, AvroParameters.FIXED_SIZE);
    if (size == null) {
      return type.addToSchema(primitive(connect, org.apache.avro.Schema.Type.BYTES));
    }
    String name = parameter(connect, AvroParameters.FIXED_NAME);
    org.apache.avro.Schema known = named.get(name);
    if (known != null) {
      return known;
    }
    org.apache.avro.Schema fixed =
        org.apache.avro.Schema.createFixed(name, null, null, Integer.parseInt(size));
    return define(type.addToSchema(withProperties(fixed, connect)));
  }

  private org.apache.avro.Schema struct(Schema connect) {
    if (AvroParameters.UNION_NAME.equals(connect.name())) {
      List<org.apache.avro.Schema> branches = new ArrayList<>();
      for (Field field : connect.fields()) {
        branches.add(base(field.schema()));
      }
      return org.apache.avro.Schema.createUnion(branches);
    }
    String name = connect.name() != null ? connect.name() : nextDefaultName();
    org.apache.avro.Schema known = named.get(name);
    if (known != null) {
      return known;
    }
    org.apache.avro.Schema record =
        org.apache.avro.Schema.createRecord(name, connect.doc(), null, false);
    define(withProperties(record, connect));
    List<org.apache.avro.Schema.Field> fields = new ArrayList<>();
    for (Field field : connect.fields()) {
      fields.add(field(connect, field));
    }
    record.setFields(fields);
    return record;
  }

  private org.apache.avro.Schema.Field field(Schema record, Field field) {
    org.apache.avro.Schema type = toAvro(field.schema());
    String doc = parameter(record, AvroParameters.FIELD_DOC + field.name());
    Object defaultValue = null;
    if (field.schema().defaultValue() != null) {
      defaultValue = AvroDefaults.json(type, field.schema(), field.schema().defaultValue());
    } else if (field.schema().isOptional()
        && type.getTypes().get(0).getType() == org.apache.avro.Schema.Type.NULL
        && parameter(record, AvroParameters.FIELD_NO_DEFAULT + field.name()) == null) {
      defaultValue = JsonProperties.NULL_VALUE;
    }
    return new org.apache.avro.Schema.Field(field.name(), type, doc, defaultValue);
  }

  private String nextDefaultName() {
    unnamedRecords++;
    return unnamedRecords == 1
        ? AvroParameters.DEFAULT_RECORD_NAME
        : AvroParameters.DEFAULT_RECORD_NAME + unnamedRecords;
  }

  private org.apache.avro.Schema map(Schema connect) {
    if (connect.keySchema().type() != Schema.Type.STRING) {
      throw new DataException(
          "Connect map with " + connect.keySchema().type() + " keys: Avro maps need string keys");
    }
    return withProperties(org.apache.avro.Schema.createMap(toAvro(connect.valueSchema())), connect);
  }

  private org.apache.avro.Schema string(Schema connect) {
    String symbols = parameter(connect, AvroParameters.ENUM_SYMBOLS);
    if (symbols == null) {
      return primitive(connect, org.apache.avro.Schema.Type.STRING);
    }
    org.apache.avro.Schema known = named.get(connect.name());
    if (known != null) {
      return known;
    }
    org.apache.avro.Schema enumeration =
        org.apache.avro.Schema.createEnum(
            connect.name(),
            connect.doc(),
            null,
            Arrays.asList(symbols.split(",")),
            parameter(connect, AvroParameters.ENUM_DEFAULT));
    return define(withProperties(enumeration, connect));
  }

  private org.apache.avro.Schema bytes(Schema connect) {
    String size = parameter(connect, AvroParameters.FIXED_SIZE);
    if (size == null) {
      return primitive(connect, org.apache.avro.Schema.Type.BYTES);
    }
    org.apache.avro.Schema known = named.get(connect.name());
    if (known != null) {
      return known;
    }
    org.apache.avro.Schema fixed =
        org.apache.avro.Schema.createFixed(
            connect.name(), connect.doc(), null, Integer.parseInt(size));
    return define(withProperties(fixed, connect));
  }

  private org.apache.avro.Schema define(org.apache.avro.Schema namedSchema) {
    named.put(namedSchema.getFullName(), namedSchema);
    return namedSchema;
  }

  private static org.apache.avro.Schema primitive(
      Schema connect, org.apache.avro.Schema.Type type) {
    org.apache.avro.Schema schema = withProperties(org.apache.avro.Schema.create(type), connect);
    LogicalType logicalType = LogicalTypes.fromSchemaIgnoreInvalid(schema);
    return logicalType == null ? schema : logicalType.addToSchema(schema);
  }

  private static org.apache.avro.Schema withConnectType(
      org.apache.avro.Schema schema, String connectType) {
    schema.addProp(AvroParameters.CONNECT_TYPE, connectType);
    return schema;
  }

  /** Restores the Avro properties recorded as parameters. */
  private static org.apache.avro.Schema withProperties(
      org.apache.avro.Schema schema, Schema connect) {
    Map<String, String> parameters = connect.parameters();
    if (parameters == null) {
      return schema;
    }
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (parameter.getKey().startsWith(AvroParameters.PROPERTY)) {
        String property = parameter.getKey().substring(AvroParameters.PROPERTY.length());
        schema.addProp(property, parse(parameter.getValue()));
      }
    }
    return schema;
  }

  private static Object parse(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new DataException("Connect parameter is not the JSON of an Avro property: " + json, e);
    }
  }

  private static String parameter(Schema connect, String key) {
    Map<String, String> parameters = connect.parameters();
    return parameters == null ? null : parameters.get(key);
  }
}
