package io.chainexplorer.sink.hdfs.writer;

import io.chainexplorer.sink.hdfs.metrics.HdfsSinkMetrics;
import io.chainexplorer.sink.hdfs.storage.CommittedFileName;
import io.chainexplorer.sink.hdfs.storage.HdfsStorage;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.apache.hadoop.fs.Path;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one topic partition into one open file at a time, so committed files hold consecutive,
 * disjoint offset ranges and the last committed name is the whole recovery state. Records below the
 * next expected offset (redeliveries) are skipped.
 */
public final class TopicPartitionWriter {

  private static final Logger LOG = LoggerFactory.getLogger(TopicPartitionWriter.class);

  private final TopicPartition tp;
  private final HdfsStorage storage;
  private final WriterSettings settings;
  private final CommitHook hook;
  private final LongSupplier clock;
  private final HdfsSinkMetrics metrics;
  private OpenFile open;

  /** Offset after the last committed file; -1 while nothing is known to be committed. */
  private long committedNext;

  /** The first offset written since the partition was opened or rewound; -1 before any. */
  private long firstWritten = -1;

  /**
   * @param committedNext the offset after the last committed file, -1 when none exists
   */
  public TopicPartitionWriter(
      TopicPartition tp,
      HdfsStorage storage,
      WriterSettings settings,
      CommitHook hook,
      LongSupplier clock,
      long committedNext,
      HdfsSinkMetrics metrics) {
    this.tp = tp;
    this.storage = storage;
    this.settings = settings;
    this.hook = hook;
    this.clock = clock;
    this.committedNext = committedNext;
    this.metrics = metrics;
  }

  /** Appends the record at {@code offset}, committing files as directory, schema or size say. */
  public void write(long offset, ParquetRecord record) throws IOException {
    if (offset < nextExpected()) {
      return;
    }
    if (open != null && !open.accepts(record)) {
      commit();
    }
    if (open == null) {
      open =
          OpenFile.create(
              storage.newTempFile(tp),
              storage.configuration(),
              record,
              settings,
              clock.getAsLong());
    }
    open.write(record.record(), offset);
    if (firstWritten < 0) {
      firstWritten = offset;
    }
    if (settings.due(open, clock.getAsLong())) {
      commit();
    }
  }

  /** Commits the open file when it has reached its size or age. */
  public void rotateIfDue() throws IOException {
    if (open != null && settings.due(open, clock.getAsLong())) {
      commit();
    }
  }

  /** The offset to consume next once every record so far is committed, if any file exists. */
  public OptionalLong committedOffset() {
    return committedNext < 0 ? OptionalLong.empty() : OptionalLong.of(committedNext);
  }

  /**
   * Abandons the open file without committing it: its temporary file stays until the next owner of
   * the partition recovers it, and its records are consumed again from the committed offset.
   */
  public void close() {
    OpenFile abandoned = open;
    open = null;
    if (abandoned != null) {
      try {
        abandoned.close();
      } catch (IOException e) {
        LOG.warn("cannot close the temporary file of {}: recovery deletes it", tp, e);
      }
    }
  }

  /**
   * Abandons the open file after a failure and says where consumption must resume for no record to
   * be lost: after the last committed file, else at the first record written since the partition
   * was opened; empty when nothing was written.
   */
  public OptionalLong rewind() {
    close();
    long resume = committedNext >= 0 ? committedNext : firstWritten;
    firstWritten = -1;
    return resume < 0 ? OptionalLong.empty() : OptionalLong.of(resume);
  }

  private long nextExpected() {
    return open != null ? open.endOffset() + 1 : committedNext;
  }

  /** The entity segment of a {@code <chain>/<entity>/date=…/hour=…} directory. */
  private static String entity(String directory) {
    String[] segments = directory.split("/", 3);
    return segments.length > 1 ? segments[1] : directory;
  }

  private void commit() throws IOException {
    OpenFile file = open;
    // Forgotten first: whatever fails below, the temporary file is left to recovery.
    open = null;
    file.close();
    CommittedFileName name = new CommittedFileName(tp, file.startOffset(), file.endOffset());
    Path target = storage.finalFile(file.directory(), name);
    hook.at(CommitHook.Step.BEFORE_RENAME, name.fileName());
    storage.rename(file.temp(), target);
    committedNext = file.endOffset() + 1;
    long bytes = storage.fileSystem().getFileStatus(target).getLen();
    metrics.fileCommitted(entity(file.directory()), file.records(), bytes);
    LOG.info(
        "committed {} records of {} offsets {}..{} to {}",
        file.records(),
        tp,
        file.startOffset(),
        file.endOffset(),
        target);
    hook.at(CommitHook.Step.AFTER_RENAME, name.fileName());
  }
}
