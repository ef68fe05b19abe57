package io.chainexplorer.reliability.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Feeds every file under a directory to a {@link SecretScan}: Parquet files row by row (their pages
 * are compressed, so their bytes could hide a string), every other file as bytes.
 */
public final class FileScan {

  private FileScan() {}

  /** Scans every regular file under {@code root}; returns how many. */
  public static long scan(Path root, SecretScan scan) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(root)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      if (file.getFileName().toString().endsWith(".parquet")) {
        parquet(file, scan);
      } else {
        scan.bytes(file.toString(), Files.readAllBytes(file));
      }
    }
    return files.size();
  }

  private static void parquet(Path file, SecretScan scan) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
    StringBuilder rows = new StringBuilder();
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(
                HadoopInputFile.fromPath(path, new Configuration()))
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
        rows.append(row).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Parquet file " + file, e);
    }
    scan.text(file.toString(), rows);
  }
}
