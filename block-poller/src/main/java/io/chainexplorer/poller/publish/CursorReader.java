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
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Reads the last committed cursor of one chain from its single-partition cursor topic under
 * read_committed, from the tail backwards: every step writes one cursor, so the last one sits a few
 * offsets below the last stable offset, and a topic not yet compacted need not be read whole.
 */
final class CursorReader {

  /** First look-back in offsets: a cursor and its commit marker take two per step. */
  static final long FIRST_LOOK_BACK = 64;

  private CursorReader() {}

  static Optional<PollerCursor> read(
      PollerConfig config, TopicSpec<String, PollerCursor> spec, Duration timeout) {
    byte[] key = config.chainName().getBytes(StandardCharsets.UTF_8);
    TopicPartition partition = new TopicPartition(spec.name(), 0);
    try (SpecificAvroSerde<PollerCursor> serde = new SpecificAvroSerde<>(PollerCursor.class);
        KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(KafkaSettings.committedReader(config))) {
      serde.configure(config.serdeConfig(), false);
      consumer.assign(List.of(partition));
      // Under read_committed this is the last stable offset: nothing of an open transaction.
      long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
      long start = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
      Instant deadline = Instant.now().plus(timeout);
      for (long lookBack = FIRST_LOOK_BACK; ; lookBack *= 8) {
        long from = Math.max(start, end - lookBack);
        Optional<byte[]> last = lastValue(consumer, partition, from, end, key, deadline);
        if (last.isPresent() || from == start) {
          // A tombstone (null value) means the cursor was deleted on purpose: start afresh.
          return last.filter(value -> value.length > 0)
              .map(value -> serde.deserializer().deserialize(spec.name(), value));
        }
      }
    }
  }

  /** The last value under {@code key} between the offsets; an empty array for a tombstone. */
  private static Optional<byte[]> lastValue(
      KafkaConsumer<byte[], byte[]> consumer,
      TopicPartition partition,
      long from,
      long end,
      byte[] key,
      Instant deadline) {
    consumer.seek(partition, from);
    byte[] last = null;
    while (consumer.position(partition) < end) {
      if (Instant.now().isAfter(deadline)) {
        throw new TimeoutException("cannot read " + partition + " up to offset " + end);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.offset() < end && Arrays.equals(key, record.key())) {
          last = record.value() == null ? new byte[0] : record.value();
        }
      }
    }
    return Optional.ofNullable(last);
  }
}
