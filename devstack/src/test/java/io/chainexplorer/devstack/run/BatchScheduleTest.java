package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.cli.CliRun;
import io.chainexplorer.cli.batch.BatchInstallation;
import io.chainexplorer.cli.batch.BatchPipeline;
import io.chainexplorer.cli.batch.BatchRunRequest;
import io.chainexplorer.cli.batch.HotStoreSettings;
import io.chainexplorer.cli.batch.ServingStep;
import io.chainexplorer.cli.batch.StandInBatch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch runs of a head-following {@code run}, each a child JVM: a stand-in BatchJob with the
 * real one's arguments, report and exit codes, so no Spark starts.
 */
class BatchScheduleTest {

  private static final Duration INTERVAL = Duration.ofMillis(200);

  @TempDir Path temp;

  @Test
  void shouldRunRepeatedlyAndShowTheLastRunInTheSummaryWhenScheduled() throws IOException {
    Path out = temp.resolve("batch");
    BatchRunRequest request =
        BatchRunRequest.everyView(temp.resolve("cold-store").toString(), out, "devnet", "local[2]");

    try (BatchSchedule schedule = BatchSchedule.start(pipeline(), request, log(), INTERVAL)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> schedule.completedRuns() >= 2);

      assertThat(schedule.summary()).isEqualTo("batch ok in 1.2 s, watermark 2026-12-05");
    }
    assertThat(Files.readAllLines(out.resolve("job-args.txt")))
        .containsSubsequence("--chain", "devnet", "--master", "local[2]");
    assertThat(log()).content().contains("chain_daily\t2026-12-06\t1\tstand-in");
  }

  @Test
  void shouldGoOnAfterARunWhoseHotStoreCannotBeReachedAndShowNoDrift() throws IOException {
    Path out = temp.resolve("batch");
    BatchRunRequest request =
        BatchRunRequest.everyView(temp.resolve("cold-store").toString(), out, "devnet", "local[2]");
    HotStoreSettings unreachable =
        HotStoreSettings.load(
                null,
                Map.of(),
                Map.of("scylla.contact.points", "127.0.0.1:1", "scylla.request.timeout.ms", "2000"))
            .orElseThrow();
    BatchPipeline pipeline =
        BatchPipeline.standard(
            BatchInstallation.in(StandInBatch.install(temp.resolve("home"))),
            "64m",
            new ServingStep(Optional.of(unreachable), new BatchServingMetrics()));

    try (BatchSchedule schedule = BatchSchedule.start(pipeline, request, log(), INTERVAL)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> schedule.completedRuns() >= 2);

      assertThat(schedule.summary()).isEqualTo("batch ok in 1.2 s, watermark 2026-12-05");
    }
    assertThat(log()).content().contains("batch serving: ").doesNotContain("load skipped");
  }

  @Test
  void shouldStopTheRunningBatchChildWhenClosed() throws IOException {
    Path out = temp.resolve("batch");
    BatchRunRequest blocking =
        new BatchRunRequest(
            temp.resolve("cold-store").toString(),
            out,
            "devnet",
            "local[2]",
            List.of("block"),
            Optional.<LocalDate>empty(),
            Optional.<LocalDate>empty(),
            false,
            Optional.empty());
    BatchSchedule schedule = BatchSchedule.start(pipeline(), blocking, log(), INTERVAL);
    ProcessHandle child;
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(out.resolve("started")));
      child = ProcessHandle.of(Long.parseLong(Files.readString(out.resolve("started")))).get();
      assertThat(schedule.summary()).isEqualTo("batch running");
    } finally {
      long closing = System.nanoTime();
      schedule.close();
      // the schedule's own fallback (interrupting its thread after 30 s) would be too late
      assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(15));
    }

    assertThat(child.isAlive()).isFalse();
    assertThat(schedule.completedRuns()).isEqualTo(1);
  }

  @Test
  void shouldHaveNoScheduleWhenTheIntervalIsZero() {
    Path home = StandInBatch.install(temp.resolve("home"));
    List<String> printed = new ArrayList<>();

    Optional<BatchSchedule> schedule =
        BatchSchedule.forRun(
            PipelineSettings.devnet(temp.resolve("run-data")),
            Optional.empty(),
            new SimpleMeterRegistry(),
            Map.of("batch.interval.minutes", "0", "batch.home", home.toString()),
            printed::add);

    assertThat(schedule).isEmpty();
    assertThat(printed).isEmpty();
  }

  @Test
  void shouldSayTheBatchLayerIsOffAndGoOnWhenItIsNotBuilt() {
    List<String> printed = new ArrayList<>();

    Optional<BatchSchedule> schedule =
        BatchSchedule.forRun(
            PipelineSettings.devnet(temp.resolve("run-data")),
            Optional.empty(),
            new SimpleMeterRegistry(),
            Map.of("batch.home", temp.resolve("nowhere").toString()),
            printed::add);

    assertThat(schedule).isEmpty();
    assertThat(printed).singleElement().asString().startsWith("Batch layer off: ");
  }

  @Test
  void shouldScheduleOverTheRunsColdStoreEveryConfiguredInterval() {
    Path home = StandInBatch.install(temp.resolve("home"));
    Path dataDir = temp.resolve("run-data");
    List<String> printed = new ArrayList<>();

    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    Optional<BatchSchedule> schedule =
        BatchSchedule.forRun(
            PipelineSettings.devnet(dataDir),
            Optional.empty(),
            registry,
            Map.of("batch.interval.minutes", "7", "batch.home", home.toString(), "other.key", "x"),
            printed::add);

    assertThat(schedule).isPresent();
    schedule.get().close();
    assertThat(printed)
        .containsExactly(
            "Batch layer: every 7 min into "
                + dataDir.toAbsolutePath().resolve("batch")
                + " (log: "
                + dataDir.toAbsolutePath().resolve("batch.log")
                + ")");
    // served by the run's metrics endpoint, as Prometheus and the Batch dashboard read them
    assertThat(registry.find("chainexplorer.batch.drift").gauges())
        .extracting(gauge -> gauge.getId().getTag("view"))
        .containsExactlyInAnyOrder("chain_daily", "token_daily", "address_daily");
    assertThat(registry.find("chainexplorer.batch.watermark").timeGauge()).isNotNull();
    assertThat(registry.find("chainexplorer.batch.last.run.duration").timeGauge()).isNotNull();
  }

  @Test
  void shouldRefuseAnInvalidBatchSettingOfRunBeforeAnythingStarts() {
    CliRun run =
        CliRun.of(
            "run",
            "--data-dir",
            temp.resolve("run-data").toString(),
            "--set",
            "batch.interval.minutes=-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("batch.interval.minutes");
  }

  private BatchPipeline pipeline() {
    return BatchPipeline.standard(
        BatchInstallation.in(StandInBatch.install(temp.resolve("home"))), "64m");
  }

  private Path log() {
    return temp.resolve("batch.log");
  }
}
