package io.chainexplorer.reliability.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds every file under a directory to a {@link SecretScan}: Parquet files row by row (their pages
 * are compressed, so their bytes could hide a string), every other file as bytes.
 */
public final class FileScan {

  private static final Logger LOG = LoggerFactory.getLogger(FileScan.class);

  private FileScan() {}

  /**
   * Scans every regular file under {@code root}: a Parquet file without its footer yet (still being
   * written) as bytes, a file gone since the walk (a temporary file committed) not at all.
   *
   * @return how many files were scanned
   */
  public static long scan(Path root, SecretScan scan) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(root)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    long scanned = 0;
    for (Path file : files) {
      try {
        scanFile(file, scan);
        scanned++;
      } catch (NoSuchFileException gone) {
        // a writer's temporary file, committed (renamed) since the walk: its new name was listed
        LOG.debug("{} is gone: {}", file, gone.getMessage());
      }
    }
    return scanned;
  }

  private static void scanFile(Path file, SecretScan scan) throws IOException {
    if (file.getFileName().toString().endsWith(".parquet")) {
      try {
        parquet(file, scan);
        return;
      } catch (RuntimeException unreadable) {
        // a file still being written has no footer yet: its bytes are all there is to scan
        LOG.info("{} is not a complete Parquet file, scanned as bytes", file);
      }
    }
    scan.bytes(file.toString(), Files.readAllBytes(file));
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
