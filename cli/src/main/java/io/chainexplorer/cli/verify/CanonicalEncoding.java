package io.chainexplorer.cli.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * The canonical bytes of one derived record: Avro binary with the entity's schema minus the {@link
 * #EXCLUDED_FIELDS}, whatever schema version the record was written with (fields are matched by
 * name, as Avro schema resolution does); uint256 decimals are their two's-complement bytes.
 */
public final class CanonicalEncoding {

  /**
   * Fields that legitimately differ between two fetches of one block (where and when it was
   * fetched), so they are not part of its content.
   */
  public static final Set<String> EXCLUDED_FIELDS = Set.of("provenance");

  private static final Map<DerivedEntity, CanonicalEncoding> BY_ENTITY = byEntity();

  private final Schema canonical;
  private final Map<Schema, DatumReader<GenericRecord>> resolvers = new ConcurrentHashMap<>();

  private CanonicalEncoding(Schema canonical) {
    this.canonical = canonical;
  }

  /** The encoding of the records of {@code entity}. */
  public static CanonicalEncoding of(DerivedEntity entity) {
    return BY_ENTITY.get(entity);
  }

  private static Map<DerivedEntity, CanonicalEncoding> byEntity() {
    Map<DerivedEntity, CanonicalEncoding> encodings = new EnumMap<>(DerivedEntity.class);
    for (DerivedEntity entity : DerivedEntity.values()) {
      encodings.put(entity, new CanonicalEncoding(withoutExcluded(entity.schema())));
    }
    return encodings;
  }

  /** The schema the canonical bytes are written with. */
  public Schema schema() {
    return canonical;
  }

  /**
   * The canonical bytes of {@code record} (a generated class or a record read back from a file).
   */
  public byte[] encode(GenericRecord record) {
    Schema writer = record.getSchema();
    byte[] written = write(writer, record, writerOf(record));
    if (writer.equals(canonical)) {
      return written;
    }
    try {
      DatumReader<GenericRecord> resolver =
          resolvers.computeIfAbsent(
              writer, w -> new GenericDatumReader<>(w, canonical, GenericData.get()));
      GenericRecord resolved =
          resolver.read(null, DecoderFactory.get().binaryDecoder(written, null));
      return write(canonical, resolved, new GenericDatumWriter<>(canonical, GenericData.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-encode a " + writer.getFullName() + " record", e);
    }
  }

  /** A generated class converts its logical types (decimals) with its own model. */
  private static DatumWriter<GenericRecord> writerOf(GenericRecord record) {
    return record instanceof SpecificRecordBase specific
        ? new SpecificDatumWriter<>(specific.getSchema(), specific.getSpecificData())
        : new GenericDatumWriter<>(record.getSchema(), GenericData.get());
  }

  private static byte[] write(Schema schema, GenericRecord record, DatumWriter<GenericRecord> w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    try {
      w.write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a " + schema.getFullName() + " record", e);
    }
    return out.toByteArray();
  }

  private static Schema withoutExcluded(Schema schema) {
    List<Schema.Field> kept =
        schema.getFields().stream()
            .filter(field -> !EXCLUDED_FIELDS.contains(field.name()))
            .map(field -> new Schema.Field(field, field.schema()))
            .toList();
    if (kept.size() == schema.getFields().size()) {
      return schema;
    }
    return Schema.createRecord(
        schema.getName(), schema.getDoc(), schema.getNamespace(), schema.isError(), kept);
  }
}
