package io.chainexplorer.sink.converter;

import org.apache.avro.Schema;

/** A hand-written Avro schema using every type and logical type the Connect converter maps. */
final class AllTypesSchema {

  private static final String JSON =
      """
      {
        "type": "record",
        "name": "AllTypes",
        "namespace": "io.chainexplorer.test",
        "doc": "Every Avro type the Connect converter maps.",
        "fields": [
          {"name": "text", "type": "string", "doc": "A plain string."},
          {"name": "flag", "type": "boolean"},
          {"name": "small", "type": "int"},
          {"name": "big", "type": "long"},
          {"name": "ratio", "type": "float"},
          {"name": "share", "type": "double"},
          {"name": "raw", "type": "bytes"},
          {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 78, "scale": 0}},
          {"name": "maybeAmount", "type": ["null", {"type": "bytes", "logicalType": "decimal", "precision": 78, "scale": 0}], "default": null},
          {"name": "price", "type": {"type": "bytes", "logicalType": "decimal", "precision": 20, "scale": 4}},
          {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
          {"name": "day", "type": {"type": "int", "logicalType": "date"}},
          {"name": "clock", "type": {"type": "int", "logicalType": "time-millis"}},
          {"name": "micros", "type": {"type": "long", "logicalType": "timestamp-micros"}},
          {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
          {"name": "hash", "type": {"type": "fixed", "name": "Hash32", "size": 32}},
          {"name": "colour", "type": {"type": "enum", "name": "Colour", "doc": "A colour.", "symbols": ["RED", "GREEN", "BLUE"], "default": "RED"}},
          {"name": "maybeColour", "type": ["null", "Colour"], "default": null},
          {"name": "tags", "type": {"type": "array", "items": "string"}, "default": []},
          {"name": "labels", "type": {"type": "map", "values": "long"}},
          {"name": "nested", "type": {"type": "record", "name": "Inner", "doc": "A nested record.", "fields": [
            {"name": "n", "type": "long", "default": 0},
            {"name": "note", "type": ["null", "string"], "default": null}
          ]}},
          {"name": "maybeNested", "type": ["null", "Inner"], "default": null},
          {"name": "inners", "type": {"type": "array", "items": "Inner"}},
          {"name": "nullableItems", "type": {"type": "array", "items": ["null", "string"]}},
          {"name": "nullLast", "type": ["string", "null"], "default": "x"},
          {"name": "nullLastNoDefault", "type": ["long", "null"]},
          {"name": "noDefault", "type": ["null", "long"]},
          {"name": "choice", "type": ["null", "long", "string", "Inner"], "default": null},
          {"name": "word", "type": {"type": "fixed", "name": "Word", "size": 33, "logicalType": "decimal", "precision": 78, "scale": 0}},
          {"name": "count", "type": "int", "default": 7},
          {"name": "ratioDefault", "type": "float", "default": 0.1},
          {"name": "label", "type": "string", "default": "none"},
          {"name": "blob", "type": "bytes", "default": "\\u00ff\\u0000"}
        ]
      }
      """;

  private AllTypesSchema() {}

  static Schema parse() {
    return new Schema.Parser().parse(JSON);
  }
}
