package io.chainexplorer.enricher.app;

import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.enricher.topology.RawBlockSource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads single raw-block records back by offset with a read-committed consumer of its own, created
 * at the first retraction (they are rare) and shared by the app's stream threads.
 */
public final class KafkaRawBlockSource implements RawBlockSource, AutoCloseable {

  /** How long a read may wait for the broker before the retraction fails as transient. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration POLL = Duration.ofMillis(200);

  private final Map<String, Object> settings;
  private KafkaConsumer<byte[], byte[]> consumer;

  KafkaRawBlockSource(Map<String, Object> settings) {
    this.settings = Map.copyOf(settings);
  }

  /** A source on the configured cluster; no connection until the first read. */
  public static KafkaRawBlockSource of(EnricherConfig config) {
    Map<String, Object> settings = new HashMap<>(config.kafkaClientProperties());
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-raw-block-reader");
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
    settings.put(
        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, EnricherTopology.MAX_RAW_BLOCK_BYTES);
    settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, EnricherTopology.MAX_RAW_BLOCK_BYTES);
    return new KafkaRawBlockSource(settings);
  }

  @Override
  public synchronized Optional<byte[]> read(String topic, int partition, long offset) {
    if (consumer == null) {
      consumer =
          new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
    TopicPartition from = new TopicPartition(topic, partition);
    consumer.assign(List.of(from));
    consumer.seek(from, offset);
    Instant deadline = Instant.now().plus(READ_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(from)) {
        // the first committed record at or after the offset: another one means it was deleted
        return record.offset() == offset ? Optional.ofNullable(record.value()) : Optional.empty();
      }
      if (consumer.position(from) > offset) {
        return Optional.empty();
      }
    }
    throw new TimeoutException(
        "no answer within " + READ_TIMEOUT + " reading " + from + " at offset " + offset);
  }

  @Override
  public synchronized void close() {
    if (consumer != null) {
      consumer.close();
      consumer = null;
    }
  }
}
