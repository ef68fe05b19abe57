package io.chainexplorer.platform.deadletter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a replay starts and stops on each partition of a dead-letter topic: from the cursor an
 * earlier replay committed (or the beginning), moved up to the range's start, up to the range's end
 * or the last committed dead letter now, whichever comes first.
 *
 * @param resumed per partition, the cursor committed before (or the beginning)
 * @param stop per partition, the first offset the replay does not take
 * @param skipped dead letters the start moved past because they are older than the range
 */
record ReplayCursor(
    Map<TopicPartition, Long> resumed, Map<TopicPartition, Long> stop, long skipped) {

  /** Seeks {@code consumer} (assigned {@code partitions}) to the start; returns the stops. */
  static ReplayCursor start(
      KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, ReplayRange range) {
    Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
    Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    Map<TopicPartition, Long> from = offsets(consumer, partitions, range.from(), end);
    Map<TopicPartition, Long> to = offsets(consumer, partitions, range.to(), end);
    Map<TopicPartition, Long> resumed = new HashMap<>();
    Map<TopicPartition, Long> stop = new HashMap<>();
    long skipped = 0;
    for (TopicPartition partition : partitions) {
      OffsetAndMetadata cursor = committed.get(partition);
      long resume = Math.max(beginning.get(partition), cursor == null ? 0 : cursor.offset());
      long start = Math.max(resume, from.getOrDefault(partition, resume));
      long last = Math.min(end.get(partition), to.getOrDefault(partition, end.get(partition)));
      skipped += Math.max(0, Math.min(start, last) - resume);
      resumed.put(partition, resume);
      consumer.seek(partition, start);
      stop.put(partition, Math.max(start, last));
    }
    return new ReplayCursor(resumed, stop, skipped);
  }

  /** Per partition, the position to commit: where the consumer is, never past the stop. */
  Map<TopicPartition, Long> positions(KafkaConsumer<byte[], byte[]> consumer) {
    Map<TopicPartition, Long> positions = new HashMap<>();
    stop.forEach(
        (partition, last) ->
            positions.put(partition, Math.min(consumer.position(partition), last)));
    return positions;
  }

  /** Whether every partition's position is at its stop. */
  boolean reached(KafkaConsumer<byte[], byte[]> consumer) {
    for (Map.Entry<TopicPartition, Long> entry : stop.entrySet()) {
      if (consumer.position(entry.getKey()) < entry.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** The first offset at or after {@code instant} per partition; the end where there is none. */
  private static Map<TopicPartition, Long> offsets(
      KafkaConsumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions,
      Instant instant,
      Map<TopicPartition, Long> end) {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    if (instant == null) {
      return offsets;
    }
    Map<TopicPartition, Long> query = new HashMap<>();
    partitions.forEach(partition -> query.put(partition, instant.toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
    for (TopicPartition partition : partitions) {
      OffsetAndTimestamp at = found.get(partition);
      offsets.put(partition, at == null ? end.get(partition) : at.offset());
    }
    return offsets;
  }
}
