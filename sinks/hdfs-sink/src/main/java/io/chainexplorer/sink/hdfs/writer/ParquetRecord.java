package io.chainexplorer.sink.hdfs.writer;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * One record ready for a Parquet file: where it goes and what it holds.
 *
 * @param directory the partition directory relative to the root, see {@code PartitionPath}
 * @param schema the Avro schema the file is written with; a different one starts a new file
 * @param record the raw Avro datum (decimals as bytes, timestamps as longs)
 */
public record ParquetRecord(String directory, Schema schema, GenericRecord record) {}
