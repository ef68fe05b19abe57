package io.chainexplorer.poller.publish;

import io.chainexplorer.avro.TokenMetadata;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Reads the compacted tokens topic whole under read_committed: the address and standard of every
 * token whose metadata was published, so that a restarted poller reads no token twice.
 */
final class TokensTopicReader {

  private TokensTopicReader() {}

  /**
   * Address to standard of every token on the topic; a tombstone forgets its address, so deleting a
   * token's record has it read again.
   *
   * @throws TimeoutException when the topic was not read to its end within {@code timeout}
   */
  static Map<String, String> read(
      PollerConfig config, TopicSpec<String, TokenMetadata> spec, Duration timeout) {
    TopicPartition partition = new TopicPartition(spec.name(), 0);
    Map<String, String> known = new HashMap<>();
    try (SpecificAvroSerde<TokenMetadata> serde = new SpecificAvroSerde<>(TokenMetadata.class);
        KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(KafkaSettings.committedReader(config))) {
      serde.configure(config.serdeConfig(), false);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
      Instant deadline = Instant.now().plus(timeout);
      while (consumer.position(partition, timeout) < end) {
        if (Instant.now().isAfter(deadline)) {
          throw new TimeoutException("tokens topic " + spec.name() + " not read in " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          String address = new String(record.key(), StandardCharsets.UTF_8);
          if (record.value() == null) {
            known.remove(address);
          } else {
            TokenMetadata token = serde.deserializer().deserialize(spec.name(), record.value());
            known.put(address, token.getStandard());
          }
        }
      }
    }
    return known;
  }
}
