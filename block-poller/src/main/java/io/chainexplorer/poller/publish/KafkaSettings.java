package io.chainexplorer.poller.publish;

import io.chainexplorer.poller.config.PollerConfig;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The poller's producer and consumer settings on top of the service's Kafka client base. */
final class KafkaSettings {

  /** Raw blocks of busy chains with every receipt run to a few MB: room for the largest. */
  static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  private KafkaSettings() {}

  /** Idempotent, transactional, acks=all, with the configured transactional id. */
  static Map<String, Object> transactionalProducer(PollerConfig config) {
    Map<String, Object> settings = config.kafkaClientProperties();
    settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.publishTransactionalId());
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_MESSAGE_BYTES);
    settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, config.publishTransactionalId());
    return settings;
  }

  /** A group-less read_committed consumer of raw bytes. */
  static Map<String, Object> committedReader(PollerConfig config) {
    Map<String, Object> settings = config.kafkaClientProperties();
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_MESSAGE_BYTES);
    return settings;
  }
}
