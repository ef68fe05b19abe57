package io.chainexplorer.sink.hdfs.storage;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.kafka.common.TopicPartition;

/**
 * Where files live under the root: temporary files in {@code _tmp/<topic>+<partition>/}, committed
 * ones in their partition directory. Committing is one rename, atomic on HDFS.
 */
public final class HdfsStorage {

  static final String TEMP_DIR = "_tmp";

  private final FileSystem fs;
  private final Configuration conf;
  private final Path root;

  private HdfsStorage(FileSystem fs, Configuration conf, Path root) {
    this.fs = fs;
    this.conf = conf;
    this.root = root;
  }

  /**
   * Opens the file system at {@code url} (Hadoop's cached client, shared with Parquet's writers)
   * and qualifies {@code root} against it.
   */
  public static HdfsStorage open(URI url, Configuration conf, String root) throws IOException {
    FileSystem fs = FileSystem.get(url, conf);
    return new HdfsStorage(fs, conf, fs.makeQualified(new Path(root)));
  }

  public FileSystem fileSystem() {
    return fs;
  }

  public Configuration configuration() {
    return conf;
  }

  public Path root() {
    return root;
  }

  /** The directory of the temporary files of one topic partition. */
  public Path tempDir(TopicPartition tp) {
    return new Path(new Path(root, TEMP_DIR), tp.topic() + "+" + tp.partition());
  }

  /** A fresh temporary file of one topic partition. */
  public Path newTempFile(TopicPartition tp) {
    return new Path(tempDir(tp), UUID.randomUUID() + CommittedFileName.EXTENSION);
  }

  /** The final path of a committed file in {@code directory} (relative to the root). */
  public Path finalFile(String directory, CommittedFileName name) {
    return new Path(new Path(root, directory), name.fileName());
  }

  /**
   * Moves a complete temporary file to its final path.
   *
   * @throws IOException when the rename fails, e.g. because the final file exists already
   */
  public void rename(Path temp, Path target) throws IOException {
    fs.mkdirs(target.getParent());
    if (!fs.rename(temp, target)) {
      throw new IOException("cannot rename " + temp + " to " + target);
    }
  }
}
