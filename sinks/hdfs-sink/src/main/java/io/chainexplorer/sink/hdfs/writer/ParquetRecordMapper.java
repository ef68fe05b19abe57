package io.chainexplorer.sink.hdfs.writer;

import io.chainexplorer.sink.converter.AvroConnectData;
import io.chainexplorer.sink.hdfs.partition.EntityName;
import io.chainexplorer.sink.hdfs.partition.PartitionPath;
import java.time.DateTimeException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Maps a Connect record of a confirmed topic to its Parquet row and directory; a record that cannot
 * belong to the cold layer (retracted, schemaless, without block time) is a {@link DataException}.
 */
public final class ParquetRecordMapper {

  static final String BLOCK_TIMESTAMP = "blockTimestamp";
  static final String RETRACTED = "retracted";

  /** Schemas a task sees: a handful of entities, a few versions each. */
  private static final int MAX_COMPILED = 256;

  private final String chain;
  private final AvroConnectData avro = new AvroConnectData();

  /**
   * Per Connect schema instance (the converter hands out one per registry schema): identity, so no
   * record pays for hashing or comparing its schema.
   */
  private final Map<org.apache.kafka.connect.data.Schema, Compiled> compiled =
      new IdentityHashMap<>();

  /** What a schema's records share: entity, Avro schema, fields read, conversion (or null). */
  private record Compiled(
      String entity,
      Schema schema,
      Field blockTimestamp,
      Field retracted,
      StructToAvro.Conversion conversion,
      HourDirectory lastDirectory) {}

  /** The directory of the last record's hour: consecutive blocks mostly share one. */
  private static final class HourDirectory {
    private long hour = Long.MIN_VALUE;
    private String directory;
  }

  public ParquetRecordMapper(String chain) {
    this.chain = chain;
  }

  /** The row of {@code record}, or a {@link DataException} naming why it has none. */
  public ParquetRecord map(SinkRecord record) {
    if (!(record.value() instanceof Struct struct)) {
      throw new DataException(
          coordinates(record) + " has no Struct value (a tombstone or a schemaless record)");
    }
    Compiled schema = compiled(struct.schema());
    if (schema.retracted() != null && Boolean.TRUE.equals(struct.get(schema.retracted()))) {
      throw new DataException(
          coordinates(record)
              + " is a retraction: the cold layer reads confirmed topics, which never carry one");
    }
    Object seconds = schema.blockTimestamp() == null ? null : struct.get(schema.blockTimestamp());
    if (!(seconds instanceof Long blockTimestamp)) {
      throw new DataException(coordinates(record) + " has no long " + BLOCK_TIMESTAMP);
    }
    GenericRecord row = convert(schema, struct);
    try {
      return new ParquetRecord(directory(schema, blockTimestamp), schema.schema(), row);
    } catch (DateTimeException e) {
      throw new DataException(
          coordinates(record) + " has a block time the cold store cannot hold: " + e.getMessage(),
          e);
    }
  }

  private String directory(Compiled schema, long blockTimestamp) {
    HourDirectory last = schema.lastDirectory();
    long hour = Math.floorDiv(blockTimestamp, 3600L);
    if (hour != last.hour) {
      last.directory = PartitionPath.of(chain, schema.entity(), blockTimestamp);
      last.hour = hour;
    }
    return last.directory;
  }

  private GenericRecord convert(Compiled schema, Struct struct) {
    if (schema.conversion() == null) {
      return (GenericRecord) avro.fromConnectData(struct.schema(), struct);
    }
    try {
      return (GenericRecord) schema.conversion().apply(struct);
    } catch (RuntimeException e) {
      throw new DataException("Cannot convert between Avro and Connect: " + e.getMessage(), e);
    }
  }

  private Compiled compiled(org.apache.kafka.connect.data.Schema connect) {
    Compiled known = compiled.get(connect);
    if (known != null) {
      return known;
    }
    String entity = EntityName.of(connect.name());
    Schema schema = avro.fromConnectSchema(connect);
    Compiled fresh =
        new Compiled(
            entity,
            schema,
            connect.field(BLOCK_TIMESTAMP),
            connect.field(RETRACTED),
            StructToAvro.compile(schema, connect),
            new HourDirectory());
    if (compiled.size() >= MAX_COMPILED) {
      compiled.clear();
    }
    compiled.put(connect, fresh);
    return fresh;
  }

  private static String coordinates(SinkRecord record) {
    return "record " + record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset();
  }
}
