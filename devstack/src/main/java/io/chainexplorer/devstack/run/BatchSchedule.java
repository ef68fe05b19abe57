package io.chainexplorer.devstack.run;

import io.chainexplorer.batchserving.BatchServingConfig;
import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.cli.batch.BatchInstallation;
import io.chainexplorer.cli.batch.BatchLaunchConfig;
import io.chainexplorer.cli.batch.BatchPipeline;
import io.chainexplorer.cli.batch.BatchRunReport;
import io.chainexplorer.cli.batch.BatchRunRequest;
import io.chainexplorer.cli.batch.HotStoreSettings;
import io.chainexplorer.cli.batch.JobOutput;
import io.chainexplorer.cli.batch.RunDataLayout;
import io.chainexplorer.cli.batch.ServingStep;
import io.chainexplorer.cql.CqlEndpointConfig;
import io.chainexplorer.embedded.ProjectPaths;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch layer of a head-following {@code run}: the batch pipeline every interval, each run in a
 * JVM of its own, never two at once (the next starts an interval after the previous one ended);
 * {@link #close()} stops a running one.
 */
final class BatchSchedule implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BatchSchedule.class);

  private final BatchPipeline pipeline;
  private final BatchRunRequest request;
  private final Path log;
  private final ScheduledExecutorService executor;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger completedRuns = new AtomicInteger();

  private BatchSchedule(BatchPipeline pipeline, BatchRunRequest request, Path log) {
    this.pipeline = pipeline;
    this.request = request;
    this.log = log;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "batch-schedule");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Runs {@code pipeline} with {@code request} every {@code interval}, the first one included. */
  static BatchSchedule start(
      BatchPipeline pipeline, BatchRunRequest request, Path log, Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("a batch schedule needs a positive interval");
    }
    BatchSchedule schedule = new BatchSchedule(pipeline, request, log);
    long millis = interval.toMillis();
    // a fixed delay on one thread: a run that outlasts the interval delays the next
    schedule.executor.scheduleWithFixedDelay(
        schedule::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    return schedule;
  }

  /**
   * The schedule of a head-following run over its data directory's cold store, or none: when the
   * interval is 0, or when the batch layer is not built (a line says so and the run goes on).
   *
   * @param hotStore the run's Cassandra, which each run loads and reconciles the views with
   * @param registry the run's metrics, where the batch layer's gauges (drift per view, last run's
   *     duration, rows and watermark) are registered
   * @param runSettings {@code run}'s {@code --set} settings, of which the batch layer's keys count
   */
  static Optional<BatchSchedule> forRun(
      PipelineSettings settings,
      Optional<HotStoreSettings> hotStore,
      MeterRegistry registry,
      Map<String, String> runSettings,
      Consumer<String> print) {
    BatchLaunchConfig config = config(runSettings);
    if (config.interval().isZero()) {
      return Optional.empty();
    }
    BatchInstallation installation;
    try {
      installation = BatchInstallation.in(config.home(ProjectPaths.root()));
    } catch (IllegalStateException e) {
      print.accept("Batch layer off: " + e.getMessage());
      return Optional.empty();
    }
    RunDataLayout layout = RunDataLayout.of(settings.dataDir());
    BatchRunRequest request =
        BatchRunRequest.everyView(
            layout.coldStore().toString(),
            layout.batchOutput(),
            settings.chainName(),
            config.sparkMaster());
    print.accept(
        "Batch layer: every "
            + config.interval().toMinutes()
            + " min into "
            + layout.batchOutput()
            + hotStore.map(store -> ", loaded into the hot store").orElse("")
            + " (log: "
            + layout.batchLog()
            + ")");
    BatchServingMetrics metrics = new BatchServingMetrics();
    metrics.bindTo(registry);
    ServingStep serving = new ServingStep(hotStore, metrics);
    return Optional.of(
        start(
            BatchPipeline.standard(installation, config.heap(), serving),
            request,
            layout.batchLog(),
            config.interval()));
  }

  /**
   * {@link #forRun(PipelineSettings, Optional, MeterRegistry, Map, Consumer)} loading into the
   * run's Cassandra, its gauges served by the run's metrics endpoint.
   */
  static Optional<BatchSchedule> forRun(
      EmbeddedPipeline pipeline, Map<String, String> runSettings, Consumer<String> print) {
    return forRun(
        pipeline.settings(),
        Optional.of(hotStore(pipeline)),
        pipeline.metricsRegistry(),
        runSettings,
        print);
  }

  /** The run's Cassandra and the ScyllaDB sink's keyspace there, as the batch layer's hot store. */
  static HotStoreSettings hotStore(EmbeddedPipeline pipeline) {
    return HotStoreSettings.load(
            null,
            Map.of(),
            Map.of(
                CqlEndpointConfig.CONTACT_POINTS, pipeline.cqlHostPort(),
                CqlEndpointConfig.LOCAL_DATACENTER, pipeline.cqlLocalDatacenter(),
                BatchServingConfig.KEYSPACE, pipeline.keyspace()))
        .orElseThrow();
  }

  /**
   * The batch layer's keys among {@code run}'s {@code --set} settings, over the environment's.
   *
   * @throws org.apache.kafka.common.config.ConfigException naming an invalid one
   */
  static BatchLaunchConfig config(Map<String, String> runSettings) {
    Map<String, String> batchSettings = new LinkedHashMap<>(runSettings);
    batchSettings.keySet().retainAll(BatchLaunchConfig.definition().names());
    return BatchLaunchConfig.load(batchSettings);
  }

  /**
   * For the summary line: {@code batch running}, the last run (and its drift, once reconciled), or
   * {@code batch -}.
   */
  String summary() {
    if (running.get()) {
      return "batch running";
    }
    String drift = pipeline.lastDrift().map(count -> ", drift " + count).orElse("");
    return BatchRunReport.read(request.runReport())
        .map(report -> "batch " + report.line() + drift)
        .orElse("batch -");
  }

  /** Runs that have ended, well or not, since the schedule started. */
  int completedRuns() {
    return completedRuns.get();
  }

  private void runOnce() {
    running.set(true);
    try {
      int code = pipeline.run(request, new JobOutput.LogFile(log));
      if (code != 0) {
        LOG.warn("batch run failed (exit code {}): see {}", code, log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the schedule goes on: the next run may succeed (a cold store being written, say)
      LOG.warn("batch run could not run: {}", e.toString());
    } finally {
      running.set(false);
      completedRuns.incrementAndGet();
    }
  }

  /** Stops a running batch child, then the schedule. */
  @Override
  public void close() {
    executor.shutdown();
    pipeline.stop();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
