package io.chainexplorer.devstack.export;

import io.chainexplorer.platform.kafka.PartitionLag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a lagging partition still holds a record for its group, or only transaction markers: a
 * Connect sink commits the offset after its last record, never after the commit marker that follows
 * it, so its offset lag on a transactional topic stays above zero once all is consumed.
 */
final class PendingRecords {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

  private final String bootstrapServers;

  PendingRecords(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** True when a committed record lies between a partition's committed and end offsets. */
  boolean any(List<PartitionLag> lagging) {
    if (lagging.isEmpty()) {
      return false;
    }
    try (KafkaConsumer<byte[], byte[]> consumer = ReadCommitted.consumer(bootstrapServers)) {
      for (PartitionLag lag : lagging) {
        if (holdsRecord(consumer, lag)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean holdsRecord(KafkaConsumer<byte[], byte[]> consumer, PartitionLag lag) {
    TopicPartition partition = new TopicPartition(lag.topic(), lag.partition());
    consumer.assign(List.of(partition));
    consumer.seek(partition, lag.committed());
    Instant deadline = Instant.now().plus(READ_TIMEOUT);
    while (consumer.position(partition) < lag.end()) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.offset() < lag.end()) {
          return true;
        }
      }
      if (Instant.now().isAfter(deadline)) {
        return true; // unknown: count it as pending rather than export too early
      }
    }
    return false;
  }
}
