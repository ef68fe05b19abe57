package io.chainexplorer.sink.hdfs.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.converter.AvroConnectData;
import io.chainexplorer.sink.hdfs.SampleRecords;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StructToAvroTest {

  private final AvroConnectData avro = new AvroConnectData();

  static Stream<Schema> entities() {
    return Stream.of(
        Block.getClassSchema(),
        Transaction.getClassSchema(),
        Log.getClassSchema(),
        TokenTransfer.getClassSchema(),
        ContractCreation.getClassSchema(),
        DecodedCall.getClassSchema(),
        DecodedEvent.getClassSchema());
  }

  @ParameterizedTest
  @MethodSource("entities")
  void shouldGiveTheGeneralConvertersDataForEveryStoredEntity(Schema entity) {
    for (long seed = 0; seed < 5; seed++) {
      GenericRecord original = SampleRecords.record(entity, seed, 1_700_000_000L);
      SchemaAndValue connect = avro.toConnectData(entity, original);
      Schema schema = avro.fromConnectSchema(connect.schema());

      StructToAvro.Conversion conversion = StructToAvro.compile(schema, connect.schema());

      assertThat(conversion).isNotNull();
      Object compiled = conversion.apply(connect.value());
      Object general = avro.fromConnectData(connect.schema(), connect.value());
      assertThat(GenericData.get().compare(compiled, general, schema)).isZero();
      assertThat(GenericData.get().toString(compiled))
          .isEqualTo(GenericData.get().toString(general));
    }
  }

  @Test
  void shouldLeaveMapsAndIntsToTheGeneralConverter() {
    Schema usage =
        SchemaBuilder.record("io.chainexplorer.avro.Usage")
            .fields()
            .requiredInt("day")
            .name("calls")
            .type()
            .map()
            .values()
            .longType()
            .noDefault()
            .endRecord();
    GenericRecord record = new GenericData.Record(usage);
    record.put("day", 3);
    record.put("calls", java.util.Map.of("eth_call", 2L));
    SchemaAndValue connect = avro.toConnectData(usage, record);

    assertThat(StructToAvro.compile(avro.fromConnectSchema(connect.schema()), connect.schema()))
        .isNull();
  }
}
