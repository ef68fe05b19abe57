package io.chainexplorer.batchserving;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.batchserving.cql.BatchSchema;
import io.chainexplorer.batchserving.load.BatchLoader;
import io.chainexplorer.batchserving.load.LoadReport;
import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.batchserving.reconcile.Reconciler;
import io.chainexplorer.batchserving.reconcile.ReconciliationReport;
import io.chainexplorer.batchserving.view.ViewTables;
import java.io.IOException;
import java.time.Clock;
import org.apache.hadoop.conf.Configuration;

/**
 * The serving side's two commands on an open session, for {@link BatchServing} and for callers that
 * run them in-process after the Spark job (the command line's batch run, {@code run}'s schedule);
 * each records what it did in the metrics.
 */
public final class ServingRun {

  private final CqlSession session;
  private final BatchServingConfig config;
  private final BatchServingMetrics metrics;
  private final Configuration hadoop = new Configuration();

  public ServingRun(CqlSession session, BatchServingConfig config, BatchServingMetrics metrics) {
    this.session = session;
    this.config = config;
    this.metrics = metrics;
  }

  /** Loads the last run's views (creating the batch tables first when schema.apply is on). */
  public LoadReport load() throws IOException {
    if (config.applySchema()) {
      BatchSchema.apply(session, config.keyspace(), config.replicationCql());
    }
    LoadReport report =
        new BatchLoader(session, config.keyspace(), hadoop, Clock.systemUTC())
            .load(config.outputDir(), ViewTables.ALL);
    metrics.recordLoad(report);
    return report;
  }

  /** Compares the last run with the hot tables; the differences are in the report. */
  public ReconciliationReport reconcile() throws IOException {
    return new Reconciler(
            session, config.keyspace(), hadoop, config.reconcileMaxAddresses(), metrics)
        .reconcile(config.outputDir());
  }

  /** The line {@code load} prints: days written and skipped, rows and the watermark. */
  public static String loadLine(LoadReport report) {
    return String.format(
        "loaded run %s: %d days written (%d rows), %d unchanged; watermark %s",
        report.run().runId(),
        report.daysLoaded(),
        report.rowsWritten(),
        report.daysSkipped(),
        report.run().watermark());
  }
}
