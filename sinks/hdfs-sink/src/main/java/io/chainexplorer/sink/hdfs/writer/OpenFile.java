package io.chainexplorer.sink.hdfs.writer;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * A temporary Parquet file being filled with consecutive records of one topic partition, all of one
 * directory and one schema; it knows the offset range and age that decide its rotation.
 */
final class OpenFile {

  private final Path temp;
  private final String directory;
  private final Schema schema;
  private final ParquetWriter<GenericRecord> writer;
  private final long openedAtMillis;
  private long startOffset = -1;
  private long endOffset = -1;
  private int records;

  private OpenFile(
      Path temp,
      String directory,
      Schema schema,
      ParquetWriter<GenericRecord> writer,
      long openedAtMillis) {
    this.temp = temp;
    this.directory = directory;
    this.schema = schema;
    this.writer = writer;
    this.openedAtMillis = openedAtMillis;
  }

  static OpenFile create(
      Path temp, Configuration conf, ParquetRecord first, WriterSettings settings, long nowMillis)
      throws IOException {
    ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(temp, conf))
            .withSchema(first.schema())
            // Raw data (decimals as bytes): no generated class or conversion may interfere.
            .withDataModel(GenericData.get())
            .withConf(conf)
            .withCompressionCodec(settings.compression())
            .withRowGroupSize(settings.rowGroupSize())
            .withWriteMode(ParquetFileWriter.Mode.CREATE)
            .build();
    return new OpenFile(temp, first.directory(), first.schema(), writer, nowMillis);
  }

  /** Whether {@code record} belongs in this file: same directory and same schema. */
  boolean accepts(ParquetRecord record) {
    return directory.equals(record.directory()) && schema.equals(record.schema());
  }

  void write(GenericRecord record, long offset) throws IOException {
    writer.write(record);
    if (startOffset < 0) {
      startOffset = offset;
    }
    endOffset = offset;
    records++;
  }

  /** Closes the Parquet writer: the footer is written, the file is complete but not committed. */
  void close() throws IOException {
    writer.close();
  }

  Path temp() {
    return temp;
  }

  String directory() {
    return directory;
  }

  long startOffset() {
    return startOffset;
  }

  long endOffset() {
    return endOffset;
  }

  int records() {
    return records;
  }

  /** Bytes written plus bytes buffered for the current row group. */
  long dataSize() {
    return writer.getDataSize();
  }

  long ageMillis(long nowMillis) {
    return nowMillis - openedAtMillis;
  }
}
