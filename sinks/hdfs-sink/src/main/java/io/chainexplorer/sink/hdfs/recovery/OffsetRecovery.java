package io.chainexplorer.sink.hdfs.recovery;

import io.chainexplorer.sink.hdfs.storage.CommittedFileName;
import io.chainexplorer.sink.hdfs.storage.HdfsStorage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.kafka.common.TopicPartition;

/**
 * Recovers what a topic partition has committed from the committed files' names alone, and removes
 * the temporary files a crash left behind: only renamed files count as written.
 */
public final class OffsetRecovery {

  private final HdfsStorage storage;
  private final String chain;

  public OffsetRecovery(HdfsStorage storage, String chain) {
    this.storage = storage;
    this.chain = chain;
  }

  /** Every committed file of {@code tp} under the chain, by start offset. */
  public List<CommittedFileName> committedFiles(TopicPartition tp) throws IOException {
    Path pattern =
        new Path(storage.root(), chain + "/*/date=*/hour=*/" + CommittedFileName.globOf(tp));
    FileStatus[] matches = storage.fileSystem().globStatus(pattern);
    List<CommittedFileName> files = new ArrayList<>();
    if (matches != null) {
      for (FileStatus status : matches) {
        CommittedFileName.parse(status.getPath().getName())
            .filter(name -> name.topicPartition().equals(tp))
            .ifPresent(files::add);
      }
    }
    files.sort(Comparator.comparingLong(CommittedFileName::startOffset));
    return files;
  }

  /** The last offset held by a committed file of {@code tp}, if any. */
  public OptionalLong lastCommittedOffset(TopicPartition tp) throws IOException {
    return committedFiles(tp).stream().mapToLong(CommittedFileName::endOffset).max();
  }

  /** Deletes the temporary files of {@code tp}: they were never committed. */
  public int deleteTempFiles(TopicPartition tp) throws IOException {
    Path dir = storage.tempDir(tp);
    if (!storage.fileSystem().exists(dir)) {
      return 0;
    }
    int count = storage.fileSystem().listStatus(dir).length;
    storage.fileSystem().delete(dir, true);
    return count;
  }
}
