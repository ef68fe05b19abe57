package io.chainexplorer.poller.publish;

import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Reads the last committed cursor of one chain: every read_committed record of the compacted cursor
 * topic up to its last stable offset, keeping the last value under the chain's key.
 */
final class CursorReader {

  private CursorReader() {}

  static Optional<PollerCursor> read(
      PollerConfig config, TopicSpec<String, PollerCursor> spec, Duration timeout) {
    byte[] key = config.chainName().getBytes(StandardCharsets.UTF_8);
    try (SpecificAvroSerde<PollerCursor> serde = new SpecificAvroSerde<>(PollerCursor.class);
        KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(KafkaSettings.committedReader(config))) {
      serde.configure(KafkaSettings.serde(config), false);
      List<TopicPartition> partitions =
          consumer.partitionsFor(spec.name(), timeout).stream()
              .map(p -> new TopicPartition(spec.name(), p.partition()))
              .collect(Collectors.toList());
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      // Under read_committed these are the last stable offsets: nothing of an open transaction.
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      byte[] last = null;
      Instant deadline = Instant.now().plus(timeout);
      while (!reached(consumer, end)) {
        if (Instant.now().isAfter(deadline)) {
          throw new TimeoutException("cannot read " + spec.name() + " to its end in " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (Arrays.equals(key, record.key())) {
            last = record.value();
          }
        }
      }
      // A tombstone (null value) means the cursor was deleted on purpose: start afresh.
      return last == null
          ? Optional.empty()
          : Optional.ofNullable(serde.deserializer().deserialize(spec.name(), last));
    }
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}
