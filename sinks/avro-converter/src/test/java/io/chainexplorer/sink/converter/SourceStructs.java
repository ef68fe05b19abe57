package io.chainexplorer.sink.converter;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;

/** A Connect schema and value as a source connector builds them, with no Avro origin. */
final class SourceStructs {

  private SourceStructs() {}

  static Schema schema() {
    Schema inner =
        SchemaBuilder.struct().field("note", Schema.OPTIONAL_STRING_SCHEMA).optional().build();
    return SchemaBuilder.struct()
        .name("io.chainexplorer.test.SourceRow")
        .field("tiny", Schema.INT8_SCHEMA)
        .field("short", Schema.INT16_SCHEMA)
        .field("count", SchemaBuilder.int32().defaultValue(3).build())
        .field("amount", Decimal.builder(0).build())
        .field("at", Timestamp.SCHEMA)
        .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
        .field(
            "labels", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_INT64_SCHEMA).build())
        .field("missing", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("inner", inner)
        .build();
  }

  static Struct sample(Schema schema) {
    return new Struct(schema)
        .put("tiny", (byte) -3)
        .put("short", (short) 1234)
        .put("count", 42)
        .put("amount", new BigDecimal("123456789012345678901234567890"))
        .put("at", new Date(1_700_000_000_123L))
        .put("tags", List.of("a", "b"))
        .put("labels", Map.of("k", 7L))
        .put("inner", new Struct(schema.field("inner").schema()).put("note", "inner note"));
  }
}
