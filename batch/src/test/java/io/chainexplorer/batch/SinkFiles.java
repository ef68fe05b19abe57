package io.chainexplorer.batch;

import io.chainexplorer.sink.converter.AvroConnectData;
import io.chainexplorer.sink.hdfs.storage.HadoopConfigurations;
import io.chainexplorer.sink.hdfs.storage.HdfsStorage;
import io.chainexplorer.sink.hdfs.writer.CommitHook;
import io.chainexplorer.sink.hdfs.writer.HdfsWriter;
import io.chainexplorer.sink.hdfs.writer.ParquetRecord;
import io.chainexplorer.sink.hdfs.writer.ParquetRecordMapper;
import io.chainexplorer.sink.hdfs.writer.WriterSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * A cold store written by the HDFS sink's own mapper and writer on {@code file://}: records go
 * through the Connect conversion, the mapper's partitioning and the writer's commit by rename.
 */
public final class SinkFiles implements AutoCloseable {

  public static final String CHAIN = "eth-mainnet";
  private static final Duration ROTATE = Duration.ofMinutes(10);

  private final AtomicLong clock = new AtomicLong(1_000_000);
  private final ParquetRecordMapper mapper = new ParquetRecordMapper(CHAIN);
  private final AvroConnectData avro = new AvroConnectData();
  private final HdfsWriter writer;
  private final HdfsStorage storage;
  private final Map<TopicPartition, Long> nextOffset = new HashMap<>();

  /** The sink's files under {@code root} of the file system at {@code fileSystem}. */
  SinkFiles(URI fileSystem, String root) throws IOException {
    this(fileSystem, root, 1_000);
  }

  /** The sink's files under {@code root}, a file committed every {@code flushSize} records. */
  public SinkFiles(URI fileSystem, String root, int flushSize) throws IOException {
    storage = HdfsStorage.open(fileSystem, HadoopConfigurations.of(fileSystem, ""), root);
    writer =
        new HdfsWriter(
            storage,
            new WriterSettings(
                CHAIN, flushSize, Long.MAX_VALUE, ROTATE, CompressionCodecName.SNAPPY),
            CommitHook.NONE,
            clock::get);
  }

  /** The confirmed topic partition of {@code entity} (its plural, as the catalogue names it). */
  public static TopicPartition topic(String entities) {
    return new TopicPartition(CHAIN + ".confirmed." + entities + ".v1", 0);
  }

  /** Writes {@code records} at the partition's next offsets; files commit as the sink decides. */
  public void write(TopicPartition tp, List<GenericRecord> records) throws IOException {
    for (GenericRecord record : records) {
      writer.write(tp, offset(tp), map(tp, record));
    }
  }

  /**
   * Writes {@code record} flagged as a retraction. The sink's mapper refuses retractions (the
   * confirmed topics carry none), so the flag is set on the mapped row, as a sink that let one
   * through would have written it.
   */
  void writeRetraction(TopicPartition tp, GenericRecord record) throws IOException {
    ParquetRecord row = map(tp, record);
    row.record().put("retracted", true);
    writer.write(tp, offset(tp), row);
  }

  /** Commits every open file, as the rotation interval would. */
  public void commitAll() throws IOException {
    clock.addAndGet(ROTATE.toMillis());
    writer.rotateDueFiles();
  }

  /** Abandons the open files of {@code tp} uncommitted, as a crashed task leaves them. */
  void abandon(TopicPartition tp) {
    writer.close(List.of(tp));
  }

  /**
   * Copies the only temporary file, left by {@link #abandon}, into {@code directory} (relative to
   * the root) under its temporary name, as a stray copy.
   */
  void copyTemporaryFileInto(String directory) throws IOException {
    FileSystem fs = storage.fileSystem();
    List<Path> temporary = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(new Path(storage.root(), "_tmp"), true);
    while (files.hasNext()) {
      Path file = files.next().getPath();
      if (file.getName().endsWith(".parquet")) {
        temporary.add(file);
      }
    }
    if (temporary.size() != 1) {
      throw new IllegalStateException("expected one temporary file, found " + temporary);
    }
    Path target = new Path(new Path(storage.root(), directory), temporary.get(0).getName());
    FileUtil.copy(fs, temporary.get(0), fs, target, false, storage.configuration());
  }

  private long offset(TopicPartition tp) throws IOException {
    if (!nextOffset.containsKey(tp)) {
      writer.open(List.of(tp));
      nextOffset.put(tp, 0L);
    }
    return nextOffset.merge(tp, 1L, Long::sum) - 1;
  }

  private ParquetRecord map(TopicPartition tp, GenericRecord record) {
    SchemaAndValue connect = avro.toConnectData(record.getSchema(), record);
    return mapper.map(
        new SinkRecord(
            tp.topic(), tp.partition(), null, "k", connect.schema(), connect.value(), 0));
  }

  @Override
  public void close() {
    writer.closeAll();
  }
}
