package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.converter.AvroConnectData;
import io.chainexplorer.sink.errors.ErrorHandling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task's handling of records and failures it cannot write through, on file:///. */
class HdfsSinkTaskTest {

  private static final long BLOCK_TIME = Instant.parse("2024-05-01T12:30:00Z").getEpochSecond();
  private static final TopicPartition TP =
      new TopicPartition("eth-mainnet.confirmed.transactions.v1", 0);

  @TempDir Path root;
  private final SinkTaskContext context = mock(SinkTaskContext.class);
  private final ErrantRecordReporter reporter = mock(ErrantRecordReporter.class);
  private final AvroConnectData avro = new AvroConnectData();
  private final HdfsSinkTask task = new HdfsSinkTask();

  @AfterEach
  void stop() {
    task.stop();
  }

  @Test
  void shouldReportAPoisonRecordAndCommitTheRest() {
    when(context.errantRecordReporter()).thenReturn(reporter);
    start(Map.of(ErrorHandling.TOLERANCE, "all"));
    SinkRecord poison = record(1, true);

    task.put(List.of(record(0, false), poison, record(2, false)));

    verify(reporter).report(eq(poison), any(DataException.class));
    verify(reporter, never()).report(eq(record(0, false)), any());
    assertThat(task.preCommit(Map.of())).containsEntry(TP, new OffsetAndMetadata(3));
  }

  @Test
  void shouldFailTheTaskWhenTheWorkerHasNoReporterAndNothingIsTolerated() {
    when(context.errantRecordReporter()).thenReturn(null);
    start(Map.of());

    assertThatThrownBy(() -> task.put(List.of(record(0, true))))
        .isInstanceOf(ConnectException.class)
        .hasCauseInstanceOf(DataException.class);
    assertThat(task.preCommit(Map.of())).isEmpty();
  }

  @Test
  void shouldDropThePoisonAndCommitTheRestOnAWorkerThatPredatesTheReporter() {
    when(context.errantRecordReporter())
        .thenThrow(new NoClassDefFoundError("org/apache/kafka/connect/sink/ErrantRecordReporter"));
    start(Map.of(ErrorHandling.TOLERANCE, "all"));

    assertThatCode(() -> task.put(List.of(record(0, false), record(1, true), record(2, false))))
        .doesNotThrowAnyException();

    assertThat(task.preCommit(Map.of())).containsEntry(TP, new OffsetAndMetadata(3));
  }

  @Test
  void shouldRewindToTheCommittedFilesAndRetryWhenTheFileSystemFails() throws IOException {
    when(context.errantRecordReporter()).thenReturn(reporter);
    start(Map.of());
    task.put(List.of(record(0, false), record(1, false)));
    task.put(List.of(record(2, false)));
    // An outage as the open file of offset 2 commits: its temporary file is gone from under it.
    Files.move(root.resolve("_tmp"), root.resolve("_tmp-lost"));

    assertThatThrownBy(() -> task.put(List.of(record(3, false))))
        .isInstanceOf(RetriableException.class);
    verify(context).offset(Map.of(TP, 2L));
    verify(context).timeout(1_000L);

    // Connect redelivers the failed batch first, then reads again from the rewound offset.
    task.put(List.of(record(3, false)));
    assertThat(task.preCommit(Map.of())).containsEntry(TP, new OffsetAndMetadata(2));
    task.put(List.of(record(2, false), record(3, false)));

    assertThat(task.preCommit(Map.of())).containsEntry(TP, new OffsetAndMetadata(4));
    assertThat(committedFiles()).hasSize(2).anyMatch(name -> name.endsWith("+2+3.parquet"));
    verify(reporter, never()).report(any(), any());
  }

  private List<String> committedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root.resolve("eth-mainnet"))) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".parquet"))
          .toList();
    }
  }

  private void start(Map<String, String> extra) {
    Map<String, String> props = new HashMap<>(extra);
    props.put("name", "hdfs-task-test-" + UUID.randomUUID());
    props.put(HdfsSinkConfig.HDFS_URL, "file:///");
    props.put(HdfsSinkConfig.ROOT_DIR, root.toString());
    props.put(HdfsSinkConfig.CHAIN, "eth-mainnet");
    props.put(HdfsSinkConfig.FLUSH_SIZE, "2");
    task.initialize(context);
    task.start(props);
    task.open(List.of(TP));
  }

  private SinkRecord record(long offset, boolean retracted) {
    GenericRecord transaction =
        SampleRecords.record(Transaction.getClassSchema(), offset, BLOCK_TIME);
    transaction.put("retracted", retracted);
    SchemaAndValue connect = avro.toConnectData(Transaction.getClassSchema(), transaction);
    return new SinkRecord(
        TP.topic(), TP.partition(), null, "k", connect.schema(), connect.value(), offset);
  }
}
