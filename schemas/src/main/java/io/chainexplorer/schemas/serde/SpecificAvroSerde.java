package io.chainexplorer.schemas.serde;

import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of one generated Avro class in the Confluent wire format, configured from a map like
 * Confluent's ({@code schema.registry.url}, ...).
 */
public class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final KafkaAvroSerializer serializer;
  private final KafkaAvroDeserializer deserializer;

  /** For reflective construction: reads into the class named by each frame's writer schema. */
  public SpecificAvroSerde() {
    this(new KafkaAvroSerializer(), new KafkaAvroDeserializer());
  }

  /** Reads every frame into {@code type}; the client is built from the config. */
  public SpecificAvroSerde(Class<T> type) {
    this(new KafkaAvroSerializer(), new KafkaAvroDeserializer(null, type));
  }

  /** Reads every frame into {@code type} through {@code client}. */
  public SpecificAvroSerde(Class<T> type, SchemaRegistryClient client) {
    this(new KafkaAvroSerializer(client), new KafkaAvroDeserializer(client, type));
  }

  private SpecificAvroSerde(KafkaAvroSerializer serializer, KafkaAvroDeserializer deserializer) {
    this.serializer = serializer;
    this.deserializer = deserializer;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Map<String, Object> specificConfigs = new HashMap<>(configs);
    specificConfigs.put(SchemaRegistryClientConfig.SPECIFIC_AVRO_READER, true);
    serializer.configure(specificConfigs, isKey);
    deserializer.configure(specificConfigs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer::serialize;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Deserializer<T> deserializer() {
    return (topic, data) -> (T) deserializer.deserialize(topic, data);
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
