package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The converter reads what the Kafka serde wrote through a real registry, and writes it back. */
@ExtendWith(SchemaRegistryExtension.class)
class AvroConverterIT {

  private final String topic = "converter-it-" + UUID.randomUUID();

  @ParameterizedTest(name = "nulls={0}")
  @ValueSource(booleans = {true, false})
  void shouldReadSerdeFrameIntoStructAndWriteItBackToIdenticalBytes(
      boolean nulls, SchemaRegistryEndpoint registry) throws IOException {
    SpecificRecord block = specific(RawBlock.getClassSchema(), nulls);
    byte[] frame = serialize(registry, block);
    AvroConverter converter = converter(registry);

    SchemaAndValue connect = converter.toConnectData(topic, frame);

    Struct struct = (Struct) connect.value();
    assertThat(struct.schema().name()).isEqualTo(RawBlock.getClassSchema().getFullName());
    assertThat(struct.get("blockNumber")).isEqualTo(((RawBlock) block).getBlockNumber());
    byte[] written = converter.fromConnectData(topic, connect.schema(), connect.value());
    assertThat(HexFormat.of().formatHex(written)).isEqualTo(HexFormat.of().formatHex(frame));
  }

  @Test
  void shouldWriteIdenticalBytesFromAnotherConverterThatRegeneratesTheSchema(
      SchemaRegistryEndpoint registry) throws IOException {
    SpecificRecord transaction = specific(Transaction.getClassSchema(), false);
    byte[] frame = serialize(registry, transaction);
    SchemaAndValue connect = converter(registry).toConnectData(topic, frame);
    assertThat(((Struct) connect.value()).get("value"))
        .isEqualTo(new BigDecimal(AvroSamples.UINT256_MAX));

    byte[] written = converter(registry).fromConnectData(topic, connect.schema(), connect.value());

    assertThat(HexFormat.of().formatHex(written)).isEqualTo(HexFormat.of().formatHex(frame));
  }

  @Test
  void shouldFailNamingTopicAndIdWhenTheRegistryDoesNotKnowTheSchemaId(
      SchemaRegistryEndpoint registry) {
    byte[] frame = {0, 0x7f, 0, 0, 1, 2};

    assertThatThrownBy(() -> converter(registry).toConnectData(topic, frame))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(topic)
        .hasMessageContaining("schema id " + 0x7f000001);
  }

  private AvroConverter converter(SchemaRegistryEndpoint registry) {
    AvroConverter converter = new AvroConverter();
    converter.configure(config(registry), false);
    return converter;
  }

  private byte[] serialize(SchemaRegistryEndpoint registry, SpecificRecord record) {
    try (KafkaAvroSerializer serializer = new KafkaAvroSerializer()) {
      serializer.configure(config(registry), false);
      return serializer.serialize(topic, record);
    }
  }

  private static Map<String, Object> config(SchemaRegistryEndpoint registry) {
    return Map.of(SchemaRegistryClientConfig.URL, registry.confluentApiUrl());
  }

  /** A generated-class instance, as the apps publish them, with uint256 max in every decimal. */
  private static SpecificRecord specific(Schema schema, boolean nulls) throws IOException {
    byte[] avro = AvroSamples.encode(schema, AvroSamples.sample(schema, nulls));
    SpecificData model = SpecificData.getForSchema(schema);
    return new SpecificDatumReader<SpecificRecord>(schema, schema, model)
        .read(null, DecoderFactory.get().binaryDecoder(avro, null));
  }
}
