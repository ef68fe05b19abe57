package io.chainexplorer.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Withdrawal;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Serializer and deserializer round trips through a real registry. */
@ExtendWith(SchemaRegistryExtension.class)
class KafkaAvroSerdeIT {

  private final String topic = "serde-it-" + UUID.randomUUID();

  @Test
  void shouldRoundTripSpecificRecordThroughRealRegistry(SchemaRegistryEndpoint registry) {
    Withdrawal withdrawal = new Withdrawal(1L, 2L, "0xaa", 3L);
    try (SpecificAvroSerde<Withdrawal> serde = new SpecificAvroSerde<>(Withdrawal.class)) {
      serde.configure(Map.of("schema.registry.url", registry.confluentApiUrl()), false);

      Withdrawal read =
          serde.deserializer().deserialize(topic, serde.serializer().serialize(topic, withdrawal));

      assertThat(read).isEqualTo(withdrawal);
    }
  }

  @Test
  void shouldRoundTripGenericRecordWithFreshDeserializer(SchemaRegistryEndpoint registry) {
    GenericRecord sample = SampleRecords.sample(9L, null);
    Map<String, Object> config = Map.of("schema.registry.url", registry.confluentApiUrl());
    byte[] frame;
    try (GenericAvroSerde writer = new GenericAvroSerde()) {
      writer.configure(config, false);
      frame = writer.serializer().serialize(topic, sample);
    }
    try (GenericAvroSerde reader = new GenericAvroSerde()) {
      reader.configure(config, false);

      GenericRecord read = reader.deserializer().deserialize(topic, frame);

      assertThat(SampleRecords.canonical(read)).isEqualTo(SampleRecords.canonical(sample));
    }
  }
}
