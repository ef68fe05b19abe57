package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.hdfs.writer.CommitHook.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exactly-once files across a failure of the task in the middle of a commit (the worker lives on;
 * {@link HdfsSinkKillIT} kills it): a {@link FailOnceHook} at the commit step fails the task
 * deterministically (nothing after it runs, the temporary file stays); an operator's task restart
 * through the REST API then recovers.
 */
class HdfsSinkCrashIT extends HdfsSinkStack {

  private static final long BLOCK_TIME = Instant.parse("2024-05-01T12:00:00Z").getEpochSecond();
  private static final int RECORDS = 20;

  @ParameterizedTest
  @EnumSource(Step.class)
  void shouldHoldEveryOffsetExactlyOnceWhenTheTaskCrashesDuringACommit(Step step) throws Exception {
    String topic = fixture.catalogue.confirmedTransactions().name();
    FailOnceHook.arm(topic, step, 2);
    fixture.start(
        List.of(topic),
        // Files rotate by count only: a slow producer must not cut a file short by its age.
        Map.of(
            HdfsSinkConfig.FLUSH_SIZE, 5,
            HdfsSinkConfig.ROTATE_INTERVAL_MS, 600_000,
            HdfsSinkConfig.COMMIT_HOOK_CLASS, FailOnceHook.class.getName()));
    List<GenericRecord> produced = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      produced.add(SampleRecords.record(Transaction.getClassSchema(), i, BLOCK_TIME));
    }

    fixture.produce(topic, produced);
    await().atMost(PATIENCE).until(() -> "FAILED".equals(connect.taskState(fixture.connector, 0)));
    assertThat(FailOnceHook.firedAt(topic)).isEqualTo(topic + "+0+5+9.parquet");
    if (step == Step.BEFORE_RENAME) {
      assertThat(ParquetFiles.all(hdfs.fileSystem(), fixture.tempDir(topic)))
          .as("the written but not renamed file the crash left behind")
          .hasSize(1);
    }
    connect.restartTask(fixture.connector, 0);

    ExactlyOnceFiles.assertEveryOffsetOnce(hdfs, fixture, topic, produced, PATIENCE);
  }
}
