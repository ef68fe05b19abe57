package io.chainexplorer.sink.hdfs.writer;

import io.chainexplorer.sink.hdfs.metrics.HdfsSinkMetrics;
import io.chainexplorer.sink.hdfs.recovery.OffsetRecovery;
import io.chainexplorer.sink.hdfs.storage.HdfsStorage;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's writers, one per assigned topic partition; opening a partition recovers its committed
 * offset from the files and says where consumption resumes.
 */
public final class HdfsWriter {

  private static final Logger LOG = LoggerFactory.getLogger(HdfsWriter.class);

  private final HdfsStorage storage;
  private final WriterSettings settings;
  private final CommitHook hook;
  private final LongSupplier clock;
  private final OffsetRecovery recovery;
  private final HdfsSinkMetrics metrics;
  private final Map<TopicPartition, TopicPartitionWriter> writers = new HashMap<>();

  public HdfsWriter(
      HdfsStorage storage, WriterSettings settings, CommitHook hook, LongSupplier clock) {
    this(storage, settings, hook, clock, HdfsSinkMetrics.unregistered());
  }

  /** A writer counting its committed files, records and bytes in {@code metrics}. */
  public HdfsWriter(
      HdfsStorage storage,
      WriterSettings settings,
      CommitHook hook,
      LongSupplier clock,
      HdfsSinkMetrics metrics) {
    this.storage = storage;
    this.settings = settings;
    this.hook = hook;
    this.clock = clock;
    this.recovery = new OffsetRecovery(storage, settings.chain());
    this.metrics = metrics;
  }

  /**
   * Takes ownership of {@code partitions}: deletes their stale temporary files and returns the
   * offset each must resume from (absent for a partition with no committed file).
   */
  public Map<TopicPartition, Long> open(Collection<TopicPartition> partitions) throws IOException {
    Map<TopicPartition, Long> resume = new HashMap<>();
    for (TopicPartition tp : partitions) {
      int stale = recovery.deleteTempFiles(tp);
      metrics.tempFilesDiscarded(stale);
      OptionalLong last = recovery.lastCommittedOffset(tp);
      long next = last.isPresent() ? last.getAsLong() + 1 : -1;
      if (next >= 0) {
        resume.put(tp, next);
      }
      LOG.info(
          "opened {}: resuming at offset {}, {} stale temporary files deleted",
          tp,
          next < 0 ? "committed by the consumer group" : next,
          stale);
      writers.put(tp, new TopicPartitionWriter(tp, storage, settings, hook, clock, next, metrics));
    }
    return resume;
  }

  /** Appends one mapped record of {@code tp} at {@code offset}. */
  public void write(TopicPartition tp, long offset, ParquetRecord record) throws IOException {
    TopicPartitionWriter writer = writers.get(tp);
    if (writer == null) {
      throw new IllegalStateException("record of " + tp + ", which this task does not own");
    }
    writer.write(offset, record);
  }

  /** Commits every open file that has reached its size or age. */
  public void rotateDueFiles() throws IOException {
    for (TopicPartitionWriter writer : writers.values()) {
      writer.rotateIfDue();
    }
  }

  /** The offsets covered by committed files: the only ones Connect may commit. */
  public Map<TopicPartition, OffsetAndMetadata> committedOffsets() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    writers.forEach(
        (tp, writer) ->
            writer
                .committedOffset()
                .ifPresent(next -> offsets.put(tp, new OffsetAndMetadata(next))));
    return offsets;
  }

  /**
   * After a file-system failure: abandons every open file and returns the offset each partition
   * must be consumed from again (its temporary files are deleted when it is next opened).
   */
  public Map<TopicPartition, Long> rewind() {
    Map<TopicPartition, Long> resume = new HashMap<>();
    writers.forEach((tp, writer) -> writer.rewind().ifPresent(offset -> resume.put(tp, offset)));
    return resume;
  }

  /** Gives up {@code partitions}, abandoning their open files. */
  public void close(Collection<TopicPartition> partitions) {
    for (TopicPartition tp : partitions) {
      TopicPartitionWriter writer = writers.remove(tp);
      if (writer != null) {
        writer.close();
      }
    }
  }

  /** Gives up every partition. */
  public void closeAll() {
    close(List.copyOf(writers.keySet()));
  }
}
