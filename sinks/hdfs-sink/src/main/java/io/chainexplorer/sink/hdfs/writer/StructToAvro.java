package io.chainexplorer.sink.hdfs.writer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * Connect values of one schema to raw Avro data (decimals as bytes, timestamps as longs), the same
 * data {@code AvroConnectData.fromConnectData} gives, from a converter compiled once per schema:
 * per record no schema is hashed or looked up and no field is found by name.
 */
final class StructToAvro {

  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  /** One compiled conversion; {@code null} in gives {@code null} out. */
  @FunctionalInterface
  interface Conversion {
    Object apply(Object connectValue);
  }

  private StructToAvro() {}

  /**
   * The conversion from {@code connect} to {@code avro}, or null when the schema holds what no
   * entity the sink stores has (a union of several non-null branches, a map, a fixed, an int, plain
   * bytes): the general converter handles those.
   */
  static Conversion compile(Schema avro, org.apache.kafka.connect.data.Schema connect) {
    return switch (avro.getType()) {
      case UNION -> union(avro, connect);
      case RECORD -> record(avro, connect);
      case ARRAY -> array(avro, connect);
      case ENUM -> enumeration(avro);
      case BYTES -> decimal(avro);
      case STRING -> nullSafe(Object::toString);
      case LONG -> nullSafe(v -> v instanceof java.util.Date date ? date.getTime() : (Long) v);
      case FLOAT, DOUBLE, BOOLEAN -> v -> v;
      case NULL -> v -> null;
      case MAP, FIXED, INT -> null;
    };
  }

  private static Conversion nullSafe(Conversion conversion) {
    return v -> v == null ? null : conversion.apply(v);
  }

  private static Conversion union(Schema avro, org.apache.kafka.connect.data.Schema connect) {
    List<Schema> branches =
        avro.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
    return branches.size() == 1 ? compile(branches.get(0), connect) : null;
  }

  private static Conversion record(Schema avro, org.apache.kafka.connect.data.Schema connect) {
    int size = avro.getFields().size();
    Field[] fields = new Field[size];
    Conversion[] conversions = new Conversion[size];
    boolean[] rawOptional = new boolean[size];
    for (Schema.Field field : avro.getFields()) {
      Field connectField = connect.field(field.name());
      Conversion conversion = compile(field.schema(), connectField.schema());
      if (conversion == null) {
        return null;
      }
      fields[field.pos()] = connectField;
      conversions[field.pos()] = conversion;
      // A null in an optional field stays null: only then may a default hide it.
      rawOptional[field.pos()] =
          connectField.schema().isOptional() && connectField.schema().defaultValue() != null;
    }
    return nullSafe(
        value -> {
          Struct struct = (Struct) value;
          GenericData.Record record = new GenericData.Record(avro);
          for (int i = 0; i < size; i++) {
            Object raw =
                rawOptional[i] ? struct.getWithoutDefault(fields[i].name()) : struct.get(fields[i]);
            record.put(i, conversions[i].apply(raw));
          }
          return record;
        });
  }

  private static Conversion array(Schema avro, org.apache.kafka.connect.data.Schema connect) {
    Conversion element = compile(avro.getElementType(), connect.valueSchema());
    if (element == null) {
      return null;
    }
    return nullSafe(
        value -> {
          Collection<?> items = (Collection<?>) value;
          List<Object> converted = new ArrayList<>(items.size());
          for (Object item : items) {
            converted.add(element.apply(item));
          }
          return new GenericData.Array<>(avro, converted);
        });
  }

  /** Symbols allocated once: a record's enum is then a lookup. */
  private static Conversion enumeration(Schema avro) {
    Map<String, GenericData.EnumSymbol> symbols = new HashMap<>();
    avro.getEnumSymbols().forEach(s -> symbols.put(s, new GenericData.EnumSymbol(avro, s)));
    return nullSafe(
        value -> {
          GenericData.EnumSymbol symbol = symbols.get(value.toString());
          return symbol != null ? symbol : new GenericData.EnumSymbol(avro, value.toString());
        });
  }

  private static Conversion decimal(Schema avro) {
    LogicalType logicalType = avro.getLogicalType();
    if (!(logicalType instanceof LogicalTypes.Decimal)) {
      return null;
    }
    return nullSafe(v -> DECIMALS.toBytes((BigDecimal) v, avro, logicalType));
  }
}
