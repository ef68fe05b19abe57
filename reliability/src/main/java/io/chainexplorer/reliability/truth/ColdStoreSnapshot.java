package io.chainexplorer.reliability.truth;

import io.chainexplorer.cli.verify.DerivedEntity;
import io.chainexplorer.sink.hdfs.storage.CommittedFileName;
import io.chainexplorer.sink.hdfs.storage.HadoopConfigurations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Reads every row of every committed Parquet file the HDFS sink wrote for a chain ({@code
 * <root>/<chain>/<entity>/date=../hour=..}); temporary files are never read, and every row counts,
 * so a file committed twice shows as duplicates.
 */
public final class ColdStoreSnapshot {

  private final URI root;
  private final String chain;

  /**
   * @param root the sink's {@code root.dir} ({@code hdfs://host:port/path} or {@code file:///path})
   */
  public ColdStoreSnapshot(URI root, String chain) {
    this.root = root;
    this.chain = chain;
  }

  /** Every row of every derived entity and of internal transactions. */
  public List<Observed> rows() throws IOException {
    String authority = root.getAuthority() == null ? "" : root.getAuthority();
    URI fileSystem = URI.create(root.getScheme() + "://" + authority + "/");
    Configuration conf = HadoopConfigurations.of(fileSystem, null);
    List<Observed> rows = new ArrayList<>();
    // A private instance: closing it must not close a cached one another user of this JVM holds.
    try (FileSystem fs = FileSystem.newInstance(fileSystem, conf)) {
      for (DerivedEntity entity : DerivedEntity.values()) {
        readAll(fs, conf, entity.directory(), row -> AvroRecords.derived(entity, row), rows);
      }
      readAll(fs, conf, InternalFrames.DIRECTORY, InternalFrames::of, rows);
    }
    return rows;
  }

  private void readAll(
      FileSystem fs,
      Configuration conf,
      String entity,
      Function<GenericRecord, Observed> observed,
      List<Observed> rows)
      throws IOException {
    Path directory = new Path(new Path(root), chain + "/" + entity);
    if (fs.exists(directory)) {
      for (Path file : committedFiles(fs, directory)) {
        read(conf, file, observed, rows);
      }
    }
  }

  private static List<Path> committedFiles(FileSystem fs, Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> all = fs.listFiles(directory, true);
    while (all.hasNext()) {
      Path path = all.next().getPath();
      if (CommittedFileName.parse(path.getName()).isPresent()) {
        files.add(path);
      }
    }
    return files;
  }

  private static void read(
      Configuration conf,
      Path file,
      Function<GenericRecord, Observed> observed,
      List<Observed> rows) {
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(file, conf))
            // Raw data (decimals as bytes), exactly as the sink wrote it.
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
        rows.add(observed.apply(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cold-store file " + file, e);
    }
  }
}
