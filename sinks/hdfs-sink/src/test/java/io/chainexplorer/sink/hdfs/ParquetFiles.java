package io.chainexplorer.sink.hdfs;

import io.chainexplorer.sink.hdfs.storage.CommittedFileName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Reads back every Parquet file under a directory with parquet-avro, as a downstream job would. */
final class ParquetFiles {

  /** One committed file: where it is, what its name says, its Avro schema and its rows. */
  record ReadFile(Path path, CommittedFileName name, Schema schema, List<GenericRecord> rows) {

    /** The directory relative to {@code root}. */
    String directoryUnder(Path root) {
      String parent = path.getParent().toUri().getPath();
      return parent.substring(root.toUri().getPath().length() + 1);
    }
  }

  private ParquetFiles() {}

  /**
   * Every file named like a committed file under {@code dir}, ordered by topic and start offset.
   */
  static List<ReadFile> committed(FileSystem fs, Path dir) throws IOException {
    List<ReadFile> files = new ArrayList<>();
    if (!fs.exists(dir)) {
      return files;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      Path path = it.next().getPath();
      if (path.toUri().getPath().contains("/_tmp/")) {
        continue;
      }
      CommittedFileName name =
          CommittedFileName.parse(path.getName())
              .orElseThrow(() -> new AssertionError("unexpected file " + path));
      files.add(new ReadFile(path, name, schema(fs.getConf(), path), rows(fs.getConf(), path)));
    }
    files.sort(
        Comparator.comparing((ReadFile f) -> f.name().topicPartition().toString())
            .thenComparingLong(f -> f.name().startOffset()));
    return files;
  }

  /** Paths of every file under {@code dir}, e.g. to see temporary files. */
  static List<Path> all(FileSystem fs, Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    if (fs.exists(dir)) {
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        paths.add(it.next().getPath());
      }
    }
    return paths;
  }

  private static Schema schema(Configuration conf, Path path) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
      String avro =
          reader.getFooter().getFileMetaData().getKeyValueMetaData().get("parquet.avro.schema");
      return new Schema.Parser().parse(avro);
    }
  }

  private static List<GenericRecord> rows(Configuration conf, Path path) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(path, conf))
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
        rows.add(row);
      }
    }
    return rows;
  }
}
