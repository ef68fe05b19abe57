package io.chainexplorer.poller.publish;

import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

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
      // A tombstone (null value) means the cursor was deleted on purpose: start afresh.
      return PartitionTail.last(
              consumer,
              partition,
              FIRST_LOOK_BACK,
              record -> Arrays.equals(key, record.key()),
              timeout)
          .map(ConsumerRecord::value)
          .map(value -> serde.deserializer().deserialize(spec.name(), value));
    }
  }
}
