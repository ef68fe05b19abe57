package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.converter.AvroConnectData;
import io.chainexplorer.sink.hdfs.ParquetFiles.ReadFile;
import io.chainexplorer.sink.hdfs.storage.HadoopConfigurations;
import io.chainexplorer.sink.hdfs.storage.HdfsStorage;
import io.chainexplorer.sink.hdfs.writer.CommitHook;
import io.chainexplorer.sink.hdfs.writer.HdfsWriter;
import io.chainexplorer.sink.hdfs.writer.ParquetRecord;
import io.chainexplorer.sink.hdfs.writer.ParquetRecordMapper;
import io.chainexplorer.sink.hdfs.writer.WriterSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer on the local file system (file:///): rotation, commit by rename and recovery. */
class HdfsWriterTest {

  private static final String CHAIN = "eth-mainnet";
  private static final long HOUR_12 = Instant.parse("2024-05-01T12:30:00Z").getEpochSecond();
  private static final long HOUR_13 = Instant.parse("2024-05-01T13:00:00Z").getEpochSecond();
  private static final TopicPartition TP =
      new TopicPartition("eth-mainnet.confirmed.transactions.v1", 0);

  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private final ParquetRecordMapper mapper = new ParquetRecordMapper(CHAIN);
  private final AvroConnectData avro = new AvroConnectData();
  private HdfsStorage storage;

  @BeforeEach
  void setUp() throws IOException {
    URI local = URI.create("file:///");
    storage = HdfsStorage.open(local, HadoopConfigurations.of(local, ""), dir.toString());
  }

  @Test
  void shouldCommitAFileEveryFlushSizeRecordsAndReportOnlyCommittedOffsets() throws IOException {
    HdfsWriter writer = writer(settings(3, Long.MAX_VALUE), CommitHook.NONE);
    writer.open(List.of(TP));
    assertThat(writer.committedOffsets()).isEmpty();

    write(writer, 0, 7, HOUR_12);

    assertThat(files())
        .extracting(f -> f.name().fileName())
        .containsExactly(TP.topic() + "+0+0+2.parquet", TP.topic() + "+0+3+5.parquet");
    assertThat(writer.committedOffsets()).isEqualTo(Map.of(TP, new OffsetAndMetadata(6)));
  }

  @Test
  void shouldCommitAtTheNextSizeCheckWhenTheFileReachesRotateBytes() throws IOException {
    HdfsWriter writer = writer(settings(1_000, 1), CommitHook.NONE);
    writer.open(List.of(TP));

    write(writer, 0, 130, HOUR_12);

    assertThat(files()).hasSize(2).allSatisfy(f -> assertThat(f.rows()).hasSize(64));
  }

  @Test
  void shouldCommitAnIdleFileOnceItIsRotateIntervalOld() throws IOException {
    HdfsWriter writer = writer(settings(100, Long.MAX_VALUE), CommitHook.NONE);
    writer.open(List.of(TP));
    write(writer, 0, 2, HOUR_12);
    writer.rotateDueFiles();
    assertThat(files()).isEmpty();

    clock.addAndGet(Duration.ofMinutes(1).toMillis());
    writer.rotateDueFiles();

    assertThat(files()).singleElement().satisfies(f -> assertThat(f.rows()).hasSize(2));
  }

  @Test
  void shouldStartANewFileInTheNextHourDirectoryWhenTheBlockTimeCrossesTheHour()
      throws IOException {
    HdfsWriter writer = writer(settings(100, Long.MAX_VALUE), CommitHook.NONE);
    writer.open(List.of(TP));
    write(writer, 0, 2, HOUR_12);
    write(writer, 2, 3, HOUR_13);
    clock.addAndGet(Duration.ofMinutes(1).toMillis());
    writer.rotateDueFiles();

    assertThat(files())
        .extracting(f -> f.directoryUnder(storage.root()))
        .containsExactly(
            CHAIN + "/transaction/date=2024-05-01/hour=12",
            CHAIN + "/transaction/date=2024-05-01/hour=13");
  }

  @Test
  void shouldResumeAfterTheLastCommittedFileAndDeleteTheTempFileOfACrashedWriter()
      throws IOException {
    HdfsWriter crashed = writer(settings(3, Long.MAX_VALUE), CommitHook.NONE);
    crashed.open(List.of(TP));
    write(crashed, 0, 5, HOUR_12);
    assertThat(ParquetFiles.all(storage.fileSystem(), storage.tempDir(TP))).hasSize(1);

    HdfsWriter restarted = writer(settings(3, Long.MAX_VALUE), CommitHook.NONE);
    Map<TopicPartition, Long> resume = restarted.open(List.of(TP));

    assertThat(resume).isEqualTo(Map.of(TP, 3L));
    assertThat(ParquetFiles.all(storage.fileSystem(), storage.tempDir(TP))).isEmpty();
  }

  @Test
  void shouldSkipRedeliveredRecordsBelowTheCommittedOffset() throws IOException {
    HdfsWriter first = writer(settings(3, Long.MAX_VALUE), CommitHook.NONE);
    first.open(List.of(TP));
    write(first, 0, 3, HOUR_12);
    first.closeAll();

    HdfsWriter second = writer(settings(3, Long.MAX_VALUE), CommitHook.NONE);
    second.open(List.of(TP));
    write(second, 0, 6, HOUR_12);

    assertThat(files()).extracting(f -> f.name().startOffset()).containsExactly(0L, 3L);
    assertThat(files()).flatExtracting(ReadFile::rows).hasSize(6);
  }

  @Test
  void shouldLeaveTheFileUncommittedWhenTheCommitFailsBeforeTheRename() throws IOException {
    CommitHook crash =
        (step, name) -> {
          if (step == CommitHook.Step.BEFORE_RENAME && name.contains("+3+5")) {
            throw new ConnectException("crash");
          }
        };
    HdfsWriter crashed = writer(settings(3, Long.MAX_VALUE), crash);
    crashed.open(List.of(TP));

    assertThatThrownBy(() -> write(crashed, 0, 6, HOUR_12)).hasMessage("crash");

    assertThat(files()).extracting(f -> f.name().endOffset()).containsExactly(2L);
    assertThat(writer(settings(3, Long.MAX_VALUE), CommitHook.NONE).open(List.of(TP)))
        .isEqualTo(Map.of(TP, 3L));
  }

  private HdfsWriter writer(WriterSettings settings, CommitHook hook) {
    return new HdfsWriter(storage, settings, hook, clock::get);
  }

  private static WriterSettings settings(int flushSize, long rotateBytes) {
    return new WriterSettings(
        CHAIN, flushSize, rotateBytes, Duration.ofSeconds(30), CompressionCodecName.SNAPPY);
  }

  private void write(HdfsWriter writer, int from, int to, long blockTime) throws IOException {
    for (int offset = from; offset < to; offset++) {
      SchemaAndValue connect =
          avro.toConnectData(
              Transaction.getClassSchema(),
              SampleRecords.record(Transaction.getClassSchema(), offset, blockTime));
      SinkRecord record =
          new SinkRecord(
              TP.topic(), TP.partition(), null, "k", connect.schema(), connect.value(), offset);
      ParquetRecord row = mapper.map(record);
      writer.write(TP, offset, row);
    }
  }

  private List<ReadFile> files() throws IOException {
    return ParquetFiles.committed(storage.fileSystem(), storage.root());
  }
}
