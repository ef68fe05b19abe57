package io.chainexplorer.sink.hdfs.writer;

import io.chainexplorer.schemas.connect.AvroConnectData;
import io.chainexplorer.sink.hdfs.partition.EntityName;
import io.chainexplorer.sink.hdfs.partition.PartitionPath;
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
public final class RecordMapper {

  static final String BLOCK_TIMESTAMP = "blockTimestamp";
  static final String RETRACTED = "retracted";

  private final String chain;
  private final AvroConnectData avro = new AvroConnectData();

  public RecordMapper(String chain) {
    this.chain = chain;
  }

  /** The row of {@code record}, or a {@link DataException} naming why it has none. */
  public ParquetRecord map(SinkRecord record) {
    if (!(record.value() instanceof Struct struct)) {
      throw new DataException(
          coordinates(record) + " has no Struct value (a tombstone or a schemaless record)");
    }
    if (isRetracted(struct)) {
      throw new DataException(
          coordinates(record)
              + " is a retraction: the cold layer reads confirmed topics, which never carry one");
    }
    Field timestamp = struct.schema().field(BLOCK_TIMESTAMP);
    Object seconds = timestamp == null ? null : struct.get(timestamp);
    if (!(seconds instanceof Long blockTimestamp)) {
      throw new DataException(coordinates(record) + " has no long " + BLOCK_TIMESTAMP);
    }
    String entity = EntityName.of(struct.schema().name());
    Schema schema = avro.fromConnectSchema(struct.schema());
    GenericRecord row = (GenericRecord) avro.fromConnectData(struct.schema(), struct);
    return new ParquetRecord(PartitionPath.of(chain, entity, blockTimestamp), schema, row);
  }

  private static boolean isRetracted(Struct struct) {
    Field retracted = struct.schema().field(RETRACTED);
    return retracted != null && Boolean.TRUE.equals(struct.get(retracted));
  }

  private static String coordinates(SinkRecord record) {
    return "record " + record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset();
  }
}
