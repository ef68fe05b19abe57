package io.chainexplorer.bench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One timed run of a Streams application: from the first to the last committed offset of its group
 * on the partitions it reads last, so start-up and the first commit are excluded.
 *
 * @param perSecond units (transactions, decoded inputs, ...) per second
 */
public record Run(
    String kind, int round, double perSecond, double seconds, double wallSeconds, long rssMb) {

  private static final Duration LIMIT = Duration.ofMinutes(10);
  private static final long POLL_MILLIS = 50;

  /** How many records the measured application has committed so far. */
  @FunctionalInterface
  public interface Progress {
    long committed() throws Exception;
  }

  /**
   * Waits until {@code target} records are committed and times them.
   *
   * @param unitsPerRecord what one committed record is worth in the reported unit
   */
  public static Run measure(
      String kind, int round, Progress progress, long target, double unitsPerRecord)
      throws Exception {
    long started = System.nanoTime();
    long firstAt = 0;
    long firstOffset = -1;
    long deadline = started + LIMIT.toNanos();
    while (true) {
      long offset = progress.committed();
      long now = System.nanoTime();
      if (firstOffset < 0 && offset > 0) {
        firstOffset = offset;
        firstAt = now;
      }
      if (offset >= target) {
        double seconds = (now - firstAt) / 1e9;
        double units = (target - firstOffset) * unitsPerRecord;
        return new Run(
            kind, round, units / seconds, seconds, (now - started) / 1e9, rssMb("VmRSS"));
      }
      if (now > deadline) {
        throw new IllegalStateException(kind + " committed " + offset + " of " + target);
      }
      // a benchmark harness polling the group's progress, not a test synchronising
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** The sum of the committed offsets of {@code group} on {@code partitions}. */
  public static Progress committedOffsets(
      Admin admin, String group, Collection<TopicPartition> partitions) {
    return () -> {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      long sum = 0;
      for (TopicPartition partition : partitions) {
        OffsetAndMetadata offset = offsets.get(partition);
        sum += offset == null ? 0 : offset.offset();
      }
      return sum;
    };
  }

  public static double best(List<Run> runs, String kind) {
    return runs.stream()
        .filter(run -> run.kind().equals(kind))
        .mapToDouble(Run::perSecond)
        .max()
        .orElse(Double.NaN);
  }

  /** A line of /proc/self/status in MB (VmRSS now, VmHWM peak); -1 where it is not readable. */
  public static long rssMb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  public String line(String unit) {
    return String.format(
        "round %d %-11s %8.0f %s over %.1f s (wall %.1f s from start), RSS %d MB",
        round, kind, perSecond, unit, seconds, wallSeconds, rssMb);
  }
}
