package io.chainexplorer.poller.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Finds the last committed record of a partition that matches, reading from the tail backwards in
 * growing steps: the records the poller looks for (its cursor, its newest block) sit a few offsets
 * below the last stable offset, so a long topic need not be read whole.
 */
final class PartitionTail {

  private PartitionTail() {}

  /**
   * The last record of {@code partition} below its last stable offset that {@code matches}; the
   * consumer must read committed records only.
   *
   * @throws TimeoutException when the partition cannot be read within {@code timeout}
   */
  static Optional<ConsumerRecord<byte[], byte[]>> last(
      KafkaConsumer<byte[], byte[]> consumer,
      TopicPartition partition,
      long firstLookBack,
      Predicate<ConsumerRecord<byte[], byte[]>> matches,
      Duration timeout) {
    consumer.assign(List.of(partition));
    // Under read_committed this is the last stable offset: nothing of an open transaction.
    long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
    long start = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
    Instant deadline = Instant.now().plus(timeout);
    for (long lookBack = firstLookBack; ; lookBack *= 8) {
      long from = Math.max(start, end - lookBack);
      Optional<ConsumerRecord<byte[], byte[]>> last =
          lastBetween(consumer, partition, from, end, matches, deadline);
      if (last.isPresent() || from == start) {
        return last;
      }
    }
  }

  private static Optional<ConsumerRecord<byte[], byte[]>> lastBetween(
      KafkaConsumer<byte[], byte[]> consumer,
      TopicPartition partition,
      long from,
      long end,
      Predicate<ConsumerRecord<byte[], byte[]>> matches,
      Instant deadline) {
    consumer.seek(partition, from);
    ConsumerRecord<byte[], byte[]> last = null;
    while (consumer.position(partition) < end) {
      if (Instant.now().isAfter(deadline)) {
        throw new TimeoutException("cannot read " + partition + " up to offset " + end);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.offset() < end && matches.test(record)) {
          last = record;
        }
      }
    }
    return Optional.ofNullable(last);
  }
}
