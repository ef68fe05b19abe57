package io.chainexplorer.sink.hdfs.storage;

import java.io.File;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Builds the Hadoop configuration of a task: optional site files, then {@code fs.defaultFS}. */
public final class HadoopConfigurations {

  private HadoopConfigurations() {}

  /**
   * Hadoop's defaults, the {@code core-site.xml}/{@code hdfs-site.xml} of {@code confDir} when it
   * is not empty, and {@code url} as the default file system.
   */
  public static Configuration of(URI url, String confDir) {
    Configuration conf = new Configuration();
    // Connect loads plugins in their own class loader; Hadoop must find its classes there.
    conf.setClassLoader(HadoopConfigurations.class.getClassLoader());
    if (confDir != null && !confDir.isBlank()) {
      for (String site : new String[] {"core-site.xml", "hdfs-site.xml"}) {
        File file = new File(confDir, site);
        if (file.isFile()) {
          conf.addResource(new Path(file.toURI()));
        }
      }
    }
    conf.set(FileSystem.FS_DEFAULT_NAME_KEY, url.toString());
    return conf;
  }
}
