package io.chainexplorer.sink.converter;

import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/** Copies of Connect schemas, because a built Connect schema cannot be changed. */
final class ConnectSchemas {

  private ConnectSchemas() {}

  /** A builder holding everything {@code schema} holds, to add a parameter or a default to. */
  static SchemaBuilder copy(Schema schema) {
    SchemaBuilder builder =
        switch (schema.type()) {
          case STRUCT -> structCopy(schema);
          case ARRAY -> SchemaBuilder.array(schema.valueSchema());
          case MAP -> SchemaBuilder.map(schema.keySchema(), schema.valueSchema());
          default -> SchemaBuilder.type(schema.type());
        };
    builder.name(schema.name()).version(schema.version()).doc(schema.doc());
    Map<String, String> parameters = schema.parameters();
    if (parameters != null) {
      builder.parameters(parameters);
    }
    if (schema.isOptional()) {
      builder.optional();
    }
    if (schema.defaultValue() != null) {
      builder.defaultValue(schema.defaultValue());
    }
    return builder;
  }

  private static SchemaBuilder structCopy(Schema schema) {
    SchemaBuilder builder = SchemaBuilder.struct();
    for (Field field : schema.fields()) {
      builder.field(field.name(), field.schema());
    }
    return builder;
  }
}
