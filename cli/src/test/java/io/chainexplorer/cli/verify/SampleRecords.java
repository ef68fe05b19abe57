package io.chainexplorer.cli.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Deterministic records of any of our schemas, raw (as read from Parquet) or as generated class.
 */
final class SampleRecords {

  private SampleRecords() {}

  /**
   * A raw record of {@code schema}: every field set from {@code seed}, the non-null branch of each
   * union, decimals as their bytes, {@code blockNumber} and {@code blockTimestamp} as given.
   */
  static GenericData.Record raw(Schema schema, long seed, long blockNumber, long blockTimestamp) {
    GenericData.Record record = (GenericData.Record) value(schema, seed, "");
    if (schema.getField("blockNumber") != null) {
      record.put("blockNumber", blockNumber);
      record.put("blockTimestamp", blockTimestamp);
    }
    if (schema.getField("retracted") != null) {
      record.put("retracted", false);
    }
    return record;
  }

  /** The same record as an instance of its generated class (decimals as BigDecimal). */
  @SuppressWarnings("unchecked")
  static <T> T specific(GenericRecord raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<GenericRecord>(raw.getSchema(), GenericData.get()).write(raw, encoder);
      encoder.flush();
      SpecificData model = SpecificData.getForSchema(raw.getSchema());
      return (T)
          new SpecificDatumReader<>(raw.getSchema(), raw.getSchema(), model)
              .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(Schema schema, long seed, String name) {
    return switch (schema.getType()) {
      case RECORD -> record(schema, seed);
      case UNION -> value(nonNull(schema), seed, name);
      case ARRAY -> List.of(value(schema.getElementType(), seed, name));
      case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(0));
      case STRING -> "0x" + name.toLowerCase(java.util.Locale.ROOT) + Long.toHexString(seed);
      case BYTES -> ByteBuffer.wrap(BigInteger.valueOf(1_000_000_007L * (seed + 1)).toByteArray());
      case LONG -> seed;
      case INT -> (int) seed;
      case BOOLEAN -> seed % 2 == 1;
      default -> throw new IllegalArgumentException("no sample for " + schema);
    };
  }

  private static GenericData.Record record(Schema schema, long seed) {
    GenericData.Record record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      record.put(field.name(), value(field.schema(), seed, field.name()));
    }
    return record;
  }

  private static Schema nonNull(Schema union) {
    return union.getTypes().stream()
        .filter(type -> type.getType() != Schema.Type.NULL)
        .findFirst()
        .orElseThrow();
  }
}
