package io.chainexplorer.cli.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/** Finds, reads and rewrites the Parquet files of a cold store, as tampering would. */
final class ParquetRows {

  private ParquetRows() {}

  /** The first file under {@code dir} with a row matching {@code row}. */
  static Optional<Path> fileWith(FileSystem fs, Path dir, Predicate<GenericRecord> row)
      throws IOException {
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
    while (files.hasNext()) {
      Path path = files.next().getPath();
      if (read(fs, path).stream().anyMatch(row)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  static List<GenericRecord> read(FileSystem fs, Path file) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(file, fs.getConf()))
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Replaces {@code file} by one with the same name, schema and rows, {@code field} set. */
  static void rewrite(FileSystem fs, Path file, String field, Object value) throws IOException {
    List<GenericRecord> rows = read(fs, file);
    fs.delete(file, false);
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(file, fs.getConf()))
            .withSchema(rows.get(0).getSchema())
            .withDataModel(GenericData.get())
            .build()) {
      for (GenericRecord row : rows) {
        row.put(field, value);
        writer.write(row);
      }
    }
  }
}
