package io.chainexplorer.testsupport.records;

import io.chainexplorer.testsupport.KafkaEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serde;

/**
 * Records of a topic written with the caller's serdes through a byte-array producer, and awaited as
 * committed records read back with them.
 */
public final class TopicRecords {

  /** How long a test waits for an app's outputs: a cold Streams start on a shared machine. */
  public static final Duration TIMEOUT = Duration.ofSeconds(90);

  private TopicRecords() {}

  /** Settings of an idempotent byte-array producer, the kind every app writes with. */
  public static Map<String, Object> idempotent(KafkaEndpoint kafka) {
    Map<String, Object> settings = kafka.producerConfig();
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return settings;
  }

  /** Settings of an idempotent producer with the transactional id {@code transactionalId}. */
  public static Map<String, Object> transactional(KafkaEndpoint kafka, String transactionalId) {
    Map<String, Object> settings = idempotent(kafka);
    settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    return settings;
  }

  /** Sends one record serialized with the serdes; the caller waits on it, flushes or commits. */
  public static <K, V> Future<RecordMetadata> send(
      Producer<byte[], byte[]> producer,
      String topic,
      Serde<K> keys,
      K key,
      Serde<V> values,
      V value) {
    return producer.send(
        new ProducerRecord<>(
            topic,
            keys.serializer().serialize(topic, key),
            values.serializer().serialize(topic, value)));
  }

  /**
   * Waits up to {@link #TIMEOUT} for {@code count} committed records of the topic, read with the
   * serdes.
   */
  public static <K, V> List<ConsumerRecord<K, V>> await(
      KafkaEndpoint kafka, String topic, Serde<K> keys, Serde<V> values, int count) {
    return kafka.awaitCommitted(topic, keys.deserializer(), values.deserializer(), count, TIMEOUT);
  }
}
