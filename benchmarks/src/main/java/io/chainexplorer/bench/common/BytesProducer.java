package io.chainexplorer.bench.common;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The harnesses' input producer: serialized keys and values, zstd, acks=all, as the poller. */
public final class BytesProducer {

  private BytesProducer() {}

  /** A producer to {@code bootstrapServers} accepting requests up to {@code maxRequestBytes}. */
  public static KafkaProducer<byte[], byte[]> create(String bootstrapServers, int maxRequestBytes) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(config);
  }
}
