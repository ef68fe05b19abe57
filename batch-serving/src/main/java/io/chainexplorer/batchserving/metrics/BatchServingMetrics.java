package io.chainexplorer.batchserving.metrics;

import io.chainexplorer.batchserving.load.LoadReport;
import io.chainexplorer.batchserving.parquet.BatchRunRecord;
import io.chainexplorer.batchserving.reconcile.ReconciliationReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The batch layer's gauges: differences per view found by the last reconciliation ({@code
 * chainexplorer_batch_drift{view}}), and the last loaded run's duration, rows and watermark; each
 * reads 0 until the first load or reconciliation.
 */
public final class BatchServingMetrics implements MeterBinder {

  private final Map<String, AtomicLong> drift = new ConcurrentHashMap<>();
  private final AtomicLong runDurationMs = new AtomicLong();
  private final AtomicLong runRows = new AtomicLong();
  private final AtomicLong watermarkEpochSecond = new AtomicLong();
  private final AtomicLong reconciledDays = new AtomicLong();

  public BatchServingMetrics() {
    ReconciliationReport.VIEWS.forEach(view -> drift.put(view, new AtomicLong()));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    drift.forEach(
        (view, count) ->
            Gauge.builder("chainexplorer.batch.drift", count, AtomicLong::get)
                .tag("view", view)
                .description("Differences between a batch view and the speed layer, last check")
                .register(registry));
    TimeGauge.builder(
            "chainexplorer.batch.last.run.duration",
            runDurationMs,
            TimeUnit.MILLISECONDS,
            AtomicLong::get)
        .description("Duration of the last batch run loaded")
        .register(registry);
    Gauge.builder("chainexplorer.batch.last.run.rows", runRows, AtomicLong::get)
        .description("Rows of the views of the last batch run loaded")
        .baseUnit("rows")
        .register(registry);
    TimeGauge.builder(
            "chainexplorer.batch.watermark",
            watermarkEpochSecond,
            TimeUnit.SECONDS,
            AtomicLong::get)
        .description("Start (UTC) of the last day complete in the batch tables")
        .register(registry);
    Gauge.builder("chainexplorer.batch.reconciled.days", reconciledDays, AtomicLong::get)
        .description("Days both layers cover, compared by the last reconciliation")
        .baseUnit("days")
        .register(registry);
  }

  /** After a load: the run's duration, rows and watermark. */
  public void recordLoad(LoadReport report) {
    BatchRunRecord run = report.run();
    runDurationMs.set(run.durationMs());
    runRows.set(report.views().stream().mapToLong(view -> view.rows()).sum());
    if (run.watermark() != null) {
      watermarkEpochSecond.set(run.watermark().atStartOfDay(ZoneOffset.UTC).toEpochSecond());
    }
  }

  /** After a reconciliation: its differences per view. */
  public void recordReconciliation(ReconciliationReport report) {
    report.driftByView().forEach((view, count) -> drift.get(view).set(count));
    reconciledDays.set(report.days().size());
  }
}
