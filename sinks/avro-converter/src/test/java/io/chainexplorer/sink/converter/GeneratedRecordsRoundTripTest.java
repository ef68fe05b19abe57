package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import java.io.IOException;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record type the project publishes survives Avro → Connect → Avro, nulls and uint256 max.
 */
class GeneratedRecordsRoundTripTest {

  static Stream<Arguments> recordTypes() {
    return Stream.of(
            ApiKeyUsage.getClassSchema(),
            Block.getClassSchema(),
            BlockRetraction.getClassSchema(),
            ChainMetrics.getClassSchema(),
            ContractCreation.getClassSchema(),
            DeadLetter.getClassSchema(),
            DecodedCall.getClassSchema(),
            DecodedEvent.getClassSchema(),
            Log.getClassSchema(),
            PollerCursor.getClassSchema(),
            RawBlock.getClassSchema(),
            TokenTransfer.getClassSchema(),
            Transaction.getClassSchema())
        .map(schema -> Named.of(schema.getName(), schema))
        .flatMap(schema -> Stream.of(Arguments.of(schema, true), Arguments.of(schema, false)));
  }

  @ParameterizedTest(name = "{0} nulls={1}")
  @MethodSource("recordTypes")
  void shouldRestoreSchemaAndBytesWhenRoundTrippingThroughOneConverter(
      Schema schema, boolean nulls) {
    AvroConnectData data = new AvroConnectData();

    RoundTrip.assertRoundTrip(schema, AvroSamples.sample(schema, nulls), data, data);
  }

  @ParameterizedTest(name = "{0} nulls={1}")
  @MethodSource("recordTypes")
  void shouldRegenerateSchemaAndBytesWhenConvertingBackWithAnotherConverter(
      Schema schema, boolean nulls) {
    RoundTrip.assertRoundTrip(
        schema, AvroSamples.sample(schema, nulls), new AvroConnectData(), new AvroConnectData());
  }

  @ParameterizedTest(name = "{0} nulls={1}")
  @MethodSource("recordTypes")
  void shouldGiveTheSameStructForASpecificRecordAsForItsGenericForm(Schema schema, boolean nulls)
      throws IOException {
    Object generic = AvroSamples.sample(schema, nulls);
    SpecificRecord specific = specific(schema, AvroSamples.encode(schema, generic));
    AvroConnectData data = new AvroConnectData();

    SchemaAndValue fromSpecific = data.toConnectData(schema, specific);
    SchemaAndValue fromGeneric = data.toConnectData(schema, generic);

    assertThat(fromSpecific.value()).isInstanceOf(Struct.class).isEqualTo(fromGeneric.value());
    Object back = data.fromConnectData(fromSpecific.schema(), fromSpecific.value());
    assertThat(AvroSamples.encode(schema, back)).isEqualTo(AvroSamples.encode(schema, generic));
  }

  /** The generated class's instance, with BigDecimal fields from its decimal conversion. */
  private static SpecificRecord specific(Schema schema, byte[] avro) throws IOException {
    SpecificData model = SpecificData.getForSchema(schema);
    SpecificDatumReader<SpecificRecord> reader = new SpecificDatumReader<>(schema, schema, model);
    return reader.read(null, DecoderFactory.get().binaryDecoder(avro, null));
  }
}
