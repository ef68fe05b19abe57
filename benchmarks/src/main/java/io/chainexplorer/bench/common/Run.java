package io.chainexplorer.bench.enricher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** One timed run: from the first to the last committed raw offset of an application's group. */
record Run(
    String kind, int round, double txPerSecond, double seconds, double wallSeconds, long rssMb) {

  private static final Duration LIMIT = Duration.ofMinutes(10);
  private static final long POLL_MILLIS = 50;

  static Run measure(
      String kind,
      int round,
      Admin admin,
      String group,
      TopicPartition raw,
      int blocks,
      int txPerBlock)
      throws Exception {
    long started = System.nanoTime();
    long firstAt = 0;
    long firstOffset = -1;
    long deadline = started + LIMIT.toNanos();
    while (true) {
      long offset = committed(admin, group, raw);
      long now = System.nanoTime();
      if (firstOffset < 0 && offset > 0) {
        firstOffset = offset;
        firstAt = now;
      }
      if (offset >= blocks) {
        double seconds = (now - firstAt) / 1e9;
        double tx = (double) (blocks - firstOffset) * txPerBlock;
        return new Run(kind, round, tx / seconds, seconds, (now - started) / 1e9, rssMb("VmRSS"));
      }
      if (now > deadline) {
        throw new IllegalStateException(kind + " reached offset " + offset + " of " + blocks);
      }
      // a benchmark harness polling the group's progress, not a test synchronising
      Thread.sleep(POLL_MILLIS);
    }
  }

  private static long committed(Admin admin, String group, TopicPartition raw) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    OffsetAndMetadata offset = offsets.get(raw);
    return offset == null ? 0 : offset.offset();
  }

  static double best(List<Run> runs, String kind) {
    return runs.stream()
        .filter(run -> run.kind().equals(kind))
        .mapToDouble(Run::txPerSecond)
        .max()
        .orElse(Double.NaN);
  }

  /** A line of /proc/self/status in MB (VmRSS now, VmHWM peak); -1 where it is not readable. */
  static long rssMb(String field) {
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

  String line() {
    return String.format(
        "round %d %-11s %8.0f tx/s over %.1f s (wall %.1f s from start), RSS %d MB",
        round, kind, txPerSecond, seconds, wallSeconds, rssMb);
  }
}
