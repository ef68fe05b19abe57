package io.chainexplorer.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/** An in-process HDFS (one name node, one data node) in a temporary directory it deletes. */
final class MiniHdfs implements AutoCloseable {

  private final File baseDir;
  private final MiniDFSCluster cluster;

  private MiniHdfs(File baseDir, MiniDFSCluster cluster) {
    this.baseDir = baseDir;
    this.cluster = cluster;
  }

  static MiniHdfs start() {
    try {
      File baseDir = Files.createTempDirectory("chain-explorer-hdfs-").toFile();
      Configuration conf = new Configuration();
      conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, baseDir.getAbsolutePath());
      MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
      cluster.waitActive();
      return new MiniHdfs(baseDir, cluster);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start MiniDFSCluster", e);
    }
  }

  URI defaultFs() {
    return cluster.getURI();
  }

  FileSystem fileSystem() {
    try {
      return cluster.getFileSystem();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a client of " + defaultFs(), e);
    }
  }

  @Override
  public void close() {
    cluster.shutdown(true);
    FileUtil.fullyDelete(baseDir);
  }

  @Override
  public String toString() {
    return "MiniDFSCluster at " + defaultFs() + " in " + baseDir;
  }
}
