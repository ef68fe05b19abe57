package io.chainexplorer.schemas.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;

/** A record schema with every Avro shape the serde must carry, and sample values of it. */
public final class SampleRecords {

  /** Nested record, array, map, nullable union, enum, decimal bytes and the primitives. */
  public static final Schema SAMPLE =
      new Schema.Parser()
          .parse(
              """
              {"type": "record", "name": "Sample", "namespace": "io.chainexplorer.test",
               "fields": [
                 {"name": "id", "type": "long"},
                 {"name": "name", "type": "string"},
                 {"name": "active", "type": "boolean"},
                 {"name": "ratio", "type": "double"},
                 {"name": "amount", "type":
                   {"type": "bytes", "logicalType": "decimal", "precision": 78, "scale": 0}},
                 {"name": "color", "type":
                   {"type": "enum", "name": "Color", "symbols": ["RED", "GREEN", "BLUE"]}},
                 {"name": "note", "type": ["null", "string"], "default": null},
                 {"name": "tags", "type": {"type": "array", "items": "string"}},
                 {"name": "counts", "type": {"type": "map", "values": "long"}},
                 {"name": "inner", "type": {"type": "record", "name": "Inner", "fields": [
                   {"name": "hash", "type": "string"},
                   {"name": "index", "type": ["null", "long"], "default": null}]}}
               ]}
              """);

  private SampleRecords() {}

  /** A generic sample; the decimal travels as its unscaled two's-complement bytes. */
  public static GenericRecord sample(long id, String note) {
    Schema inner = SAMPLE.getField("inner").schema();
    return new GenericRecordBuilder(SAMPLE)
        .set("id", id)
        .set("name", "block-" + id)
        .set("active", id % 2 == 0)
        .set("ratio", id / 8.0)
        .set(
            "amount",
            decimalBytes(
                new BigDecimal("123456789012345678901234567890").add(BigDecimal.valueOf(id))))
        .set("color", new GenericData.EnumSymbol(SAMPLE.getField("color").schema(), "GREEN"))
        .set("note", note)
        .set("tags", List.of("a", "b\u00e9"))
        .set("counts", counts())
        .set(
            "inner",
            new GenericRecordBuilder(inner)
                .set("hash", "0xabc")
                .set("index", id > 1 ? id : null)
                .build())
        .build();
  }

  private static Map<String, Long> counts() {
    // Insertion-ordered: map entries are encoded in iteration order.
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("x", 1L);
    counts.put("y", -4_503_599_627_370_495L);
    return counts;
  }

  /** The record as a JSON tree, so that map order and Utf8/String differences do not count. */
  public static JsonNode canonical(GenericRecord record) {
    try {
      return new ObjectMapper().readTree(GenericData.get().toString(record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The two's-complement big-endian bytes of an integral decimal, as Avro's decimal stores it. */
  public static ByteBuffer decimalBytes(BigDecimal value) {
    return ByteBuffer.wrap(value.unscaledValue().toByteArray());
  }
}
