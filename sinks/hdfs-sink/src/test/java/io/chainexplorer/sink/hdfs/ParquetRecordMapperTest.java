package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.Log;
import io.chainexplorer.sink.converter.AvroConnectData;
import io.chainexplorer.sink.hdfs.writer.ParquetRecord;
import io.chainexplorer.sink.hdfs.writer.ParquetRecordMapper;
import java.time.Instant;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class ParquetRecordMapperTest {

  private static final long BLOCK_TIME = Instant.parse("2023-01-02T03:04:05Z").getEpochSecond();
  private final ParquetRecordMapper mapper = new ParquetRecordMapper("eth-mainnet");
  private final AvroConnectData avro = new AvroConnectData();

  @Test
  void shouldMapAStructToItsAvroRowInTheEntityAndBlockHourDirectory() {
    GenericRecord log = SampleRecords.record(Log.getClassSchema(), 4, BLOCK_TIME);

    ParquetRecord row = mapper.map(sinkRecord(log));

    assertThat(row.directory()).isEqualTo("eth-mainnet/log/date=2023-01-02/hour=03");
    assertThat(row.schema().getFullName()).isEqualTo(Log.getClassSchema().getFullName());
    assertThat(GenericData.get().toString(row.record())).isEqualTo(GenericData.get().toString(log));
  }

  @Test
  void shouldRejectARetractedRecord() {
    GenericRecord log = SampleRecords.record(Log.getClassSchema(), 4, BLOCK_TIME);
    log.put("retracted", true);

    assertThatThrownBy(() -> mapper.map(sinkRecord(log)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("retraction")
        .hasMessageContaining("topic-0@9");
  }

  @Test
  void shouldTreatABlockTimeNoStoreCanHoldAsAPoisonRecord() {
    GenericRecord log = SampleRecords.record(Log.getClassSchema(), 4, Long.MAX_VALUE);

    assertThatThrownBy(() -> mapper.map(sinkRecord(log)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("block time the cold store cannot hold");
  }

  @Test
  void shouldRejectATombstone() {
    SinkRecord tombstone = new SinkRecord("topic", 0, null, "k", null, null, 9);

    assertThatThrownBy(() -> mapper.map(tombstone))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("no Struct");
  }

  private SinkRecord sinkRecord(GenericRecord value) {
    SchemaAndValue connect = avro.toConnectData(value.getSchema(), value);
    return new SinkRecord("topic", 0, null, "k", connect.schema(), connect.value(), 9);
  }
}
