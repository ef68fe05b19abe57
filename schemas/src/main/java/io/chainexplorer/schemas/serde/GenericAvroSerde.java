package io.chainexplorer.schemas.serde;

import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Serde of {@link GenericRecord}s in the Confluent wire format, read with the writer's schema. */
public class GenericAvroSerde implements Serde<GenericRecord> {

  private final KafkaAvroSerializer serializer;
  private final KafkaAvroDeserializer deserializer;

  /** The client is built from the config passed to {@link #configure}. */
  public GenericAvroSerde() {
    this(new KafkaAvroSerializer(), new KafkaAvroDeserializer());
  }

  /** Uses {@code client} for both directions. */
  public GenericAvroSerde(SchemaRegistryClient client) {
    this(new KafkaAvroSerializer(client), new KafkaAvroDeserializer(client));
  }

  private GenericAvroSerde(KafkaAvroSerializer serializer, KafkaAvroDeserializer deserializer) {
    this.serializer = serializer;
    this.deserializer = deserializer;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> genericConfigs = new HashMap<>(configs);
    genericConfigs.put(SchemaRegistryClientConfig.SPECIFIC_AVRO_READER, false);
    serializer.configure(genericConfigs, isKey);
    deserializer.configure(genericConfigs, isKey);
  }

  @Override
  public Serializer<GenericRecord> serializer() {
    return serializer::serialize;
  }

  @Override
  public Deserializer<GenericRecord> deserializer() {
    return (topic, data) -> (GenericRecord) deserializer.deserialize(topic, data);
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
