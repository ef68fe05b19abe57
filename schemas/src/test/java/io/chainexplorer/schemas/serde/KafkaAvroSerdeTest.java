package io.chainexplorer.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.Withdrawal;
import io.chainexplorer.schemas.registry.MockSchemaRegistry;
import io.chainexplorer.schemas.registry.SchemaNotFoundException;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.schemas.wire.WireFormatException;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaAvroSerdeTest {

  private static final String TOPIC = "eth.blocks.raw";

  private final String scope = "serde-" + UUID.randomUUID();
  private final Map<String, Object> config = Map.of("schema.registry.url", "mock://" + scope);

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(scope);
  }

  @Test
  void shouldRoundTripSpecificRecordThroughSpecificSerde() {
    Withdrawal withdrawal =
        new Withdrawal(7L, 42L, "0x00000000000000000000000000000000000000aa", 1_000L);
    try (SpecificAvroSerde<Withdrawal> serde = new SpecificAvroSerde<>(Withdrawal.class)) {
      serde.configure(config, false);

      byte[] frame = serde.serializer().serialize(TOPIC, withdrawal);
      Withdrawal read = serde.deserializer().deserialize(TOPIC, frame);

      assertThat(read).isEqualTo(withdrawal);
      int id =
          WireFormat.schemaId(frame, io.chainexplorer.schemas.wire.FrameLocation.ofTopic(TOPIC));
      assertThat(
              MockSchemaRegistry.forScope(scope)
                  .lookupId(TOPIC + "-value", Withdrawal.getClassSchema()))
          .isEqualTo(id);
    }
  }

  @Test
  void shouldRoundTripGenericRecordWithEveryShape() {
    GenericRecord sample = SampleRecords.sample(3L, "nullable set");
    try (GenericAvroSerde serde = new GenericAvroSerde()) {
      serde.configure(config, false);

      GenericRecord read =
          serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, sample));

      assertThat(SampleRecords.canonical(read)).isEqualTo(SampleRecords.canonical(sample));
      assertThat(read.getSchema()).isEqualTo(SampleRecords.SAMPLE);
    }
  }

  @Test
  void shouldReadSpecificClassWhenSpecificReaderIsConfigured() {
    Withdrawal withdrawal = new Withdrawal(1L, 2L, "0xbb", 3L);
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(
        Map.of("schema.registry.url", "mock://" + scope, "specific.avro.reader", "true"), false);

    Object read = deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, withdrawal));

    assertThat(read).isInstanceOf(Withdrawal.class).isEqualTo(withdrawal);
  }

  @Test
  void shouldRegisterKeysUnderKeySubject() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, true);

    serializer.serialize(TOPIC, new Withdrawal(1L, 2L, "0xbb", 3L));

    assertThat(MockSchemaRegistry.forScope(scope).latest(TOPIC + "-key").schema())
        .isEqualTo(Withdrawal.getClassSchema());
  }

  @Test
  void shouldMakeNoRegistryCallWhenSerializerAndDeserializerAreWarm() {
    CountingRegistry registry = new CountingRegistry(MockSchemaRegistry.forScope(scope));
    KafkaAvroSerializer serializer = new KafkaAvroSerializer(registry);
    serializer.configure(config, false);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer(registry);
    deserializer.configure(config, false);
    deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, SampleRecords.sample(1L, null)));
    int warmCalls = registry.calls.get();

    for (long i = 2; i < 50; i++) {
      deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, SampleRecords.sample(i, null)));
    }

    assertThat(warmCalls).isEqualTo(2);
    assertThat(registry.calls.get()).isEqualTo(warmCalls);
  }

  @Test
  void shouldWriteWithLatestIdWhenUseLatestVersionIsSet() {
    int id =
        MockSchemaRegistry.forScope(scope).register(TOPIC + "-value", Withdrawal.getClassSchema());
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(
        Map.of(
            "schema.registry.url",
            "mock://" + scope,
            "use.latest.version",
            true,
            "auto.register.schemas",
            false),
        false);

    byte[] frame = serializer.serialize(TOPIC, new Withdrawal(1L, 2L, "0xbb", 3L));

    assertThat(
            WireFormat.schemaId(frame, io.chainexplorer.schemas.wire.FrameLocation.ofTopic(TOPIC)))
        .isEqualTo(id);
  }

  @Test
  void shouldNameSubjectAndTopicWhenSchemaIsNotRegisteredAndAutoRegisterIsOff() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(
        Map.of("schema.registry.url", "mock://" + scope, "auto.register.schemas", "false"), false);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, new Withdrawal(1L, 2L, "0xbb", 3L)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("look up schema io.chainexplorer.avro.Withdrawal")
        .hasMessageContaining("subject 'eth.blocks.raw-value'")
        .hasMessageContaining("topic 'eth.blocks.raw'")
        .hasCauseInstanceOf(io.chainexplorer.schemas.registry.SubjectNotFoundException.class);
  }

  @Test
  void shouldRejectValueThatIsNotAnAvroRecord() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, "plain string"))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("java.lang.String for topic 'eth.blocks.raw'");
  }

  @Test
  void shouldKeepCauseWhenRecordDoesNotMatchItsSchema() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    Withdrawal broken = new Withdrawal(1L, 2L, null, 3L);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, broken))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("topic 'eth.blocks.raw'")
        .hasMessageEndingWith(": null value for (non-nullable) string at Withdrawal.address")
        .hasCauseInstanceOf(AvroRuntimeException.class);
  }

  @Test
  void shouldNameTheNullFieldOfAGenericRecord() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    GenericRecord broken = new GenericData.Record(Withdrawal.getClassSchema());
    broken.put("index", 1L);
    broken.put("validatorIndex", 2L);
    broken.put("amountGwei", 3L);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, broken))
        .isInstanceOf(SerializationException.class)
        .hasMessageEndingWith(": null value for (non-nullable) string at Withdrawal.address");
  }

  @Test
  void shouldWriteAWholeFrameAfterARecordThatFailedHalfway() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(
        Map.of("schema.registry.url", "mock://" + scope, "specific.avro.reader", "true"), false);
    Withdrawal good = new Withdrawal(7L, 42L, "0x00000000000000000000000000000000000000aa", 9L);
    Withdrawal broken = new Withdrawal(1L, 2L, null, 3L);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, broken))
        .isInstanceOf(SerializationException.class);
    byte[] frame = serializer.serialize(TOPIC, good);

    assertThat(deserializer.deserialize(TOPIC, frame)).isEqualTo(good);
  }

  @Test
  void shouldPassNullsThrough() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);

    assertThat(serializer.serialize(TOPIC, null)).isNull();
    assertThat(deserializer.deserialize(TOPIC, null)).isNull();
  }

  @Test
  void shouldRejectFrameWhenMagicByteIsOneNamingTopicPartitionAndOffset() {
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, 2, 99L, new byte[] {1, 0, 0, 0, 1, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte 1")
        .hasMessageContaining("topic 'eth.blocks.raw' partition 2 offset 99")
        .hasCauseInstanceOf(WireFormatException.class);
  }

  @Test
  void shouldRejectTruncatedFrameNamingTopic() {
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 0}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Truncated frame of topic 'eth.blocks.raw'");
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 0, 0, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("no Avro payload");
  }

  @Test
  void shouldNameIdAndTopicWhenWriterSchemaIsUnknown() {
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 0, 0, 77, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("schema id 77")
        .hasMessageContaining("topic 'eth.blocks.raw'")
        .hasCauseInstanceOf(SchemaNotFoundException.class);
  }

  @Test
  void shouldNameTopicWhenPayloadIsCorrupt() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    byte[] frame = serializer.serialize(TOPIC, SampleRecords.sample(5L, "x"));
    byte[] truncated = java.util.Arrays.copyOf(frame, 12);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, 0, 5L, truncated))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining(
            "Cannot deserialize frame of topic 'eth.blocks.raw' partition 0 offset 5")
        .hasCauseInstanceOf(java.io.EOFException.class);
  }

  @Test
  void shouldRejectSpecificReadWhenNoGeneratedClassExists() {
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    byte[] frame = serializer.serialize(TOPIC, SampleRecords.sample(5L, "x"));
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(
        Map.of("schema.registry.url", "mock://" + scope, "specific.avro.reader", true), false);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, frame))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("No generated class for io.chainexplorer.test.Sample");
  }
}
