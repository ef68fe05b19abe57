package io.chainexplorer.reliability.secrets;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/** Snappy-compressed Parquet files whose rows carry a text, so that only a row reader sees it. */
final class ParquetFiles {

  private ParquetFiles() {}

  /** Writes 50 rows, each with a URL holding {@code text}, to {@code file}. */
  static void write(Path file, String text) throws IOException {
    Schema schema = SchemaBuilder.record("Row").fields().requiredString("url").endRecord();
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(
                HadoopOutputFile.fromPath(
                    new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))
            .withSchema(schema)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .build()) {
      for (int i = 0; i < 50; i++) {
        GenericRecord row = new GenericData.Record(schema);
        row.put("url", "https://node/v3/" + text + "/" + i);
        writer.write(row);
      }
    }
  }
}
