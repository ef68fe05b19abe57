package io.chainexplorer.testsupport;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** The shared MiniDFSCluster as tests see it: its {@code fs.defaultFS} and a client. */
public final class HdfsEndpoint {

  private final URI defaultFs;
  private final FileSystem fileSystem;

  HdfsEndpoint(URI defaultFs, FileSystem fileSystem) {
    this.defaultFs = defaultFs;
    this.fileSystem = fileSystem;
  }

  /**
   * The {@code fs.defaultFS} URI, e.g. {@code hdfs://127.0.0.1:40111}: all production code takes.
   */
  public URI defaultFs() {
    return defaultFs;
  }

  /** A client of the cluster shared by all tests: do not close it. */
  public FileSystem fileSystem() {
    return fileSystem;
  }

  /** A fresh client configuration pointing at the cluster. */
  public Configuration configuration() {
    Configuration conf = new Configuration();
    conf.set(FileSystem.FS_DEFAULT_NAME_KEY, defaultFs.toString());
    return conf;
  }

  @Override
  public String toString() {
    return "HDFS at " + defaultFs;
  }
}
