package io.chainexplorer.cli.batch;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.batchserving.BatchServingConfig;
import io.chainexplorer.batchserving.ServingRun;
import io.chainexplorer.batchserving.cql.ServingSessions;
import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.batchserving.reconcile.Reconciler;
import io.chainexplorer.batchserving.reconcile.ReconciliationReport;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * After the Spark job: loads its views into the hot store's batch tables, then reconciles them with
 * the speed layer, in this JVM. Without a hot store it says the load was skipped and succeeds.
 * Drift is reported, not a failure: the views were built and loaded.
 */
public final class ServingStep implements BatchStep {

  private final Optional<HotStoreSettings> hotStore;
  private final BatchServingMetrics metrics;
  private final AtomicReference<Optional<Long>> lastDrift = new AtomicReference<>(Optional.empty());
  private volatile boolean stopped;

  public ServingStep(Optional<HotStoreSettings> hotStore, BatchServingMetrics metrics) {
    this.hotStore = hotStore;
    this.metrics = metrics;
  }

  @Override
  public String name() {
    return "serving";
  }

  @Override
  public int run(BatchRunRequest request, JobOutput output) throws InterruptedException {
    if (stopped) {
      return 1;
    }
    if (hotStore.isEmpty()) {
      output.println(
          "batch serving: no hot store configured (scylla.contact.points): load skipped");
      return 0;
    }
    lastDrift.set(Optional.empty());
    try {
      BatchServingConfig config = hotStore.get().forOutput(request.out());
      try (CqlSession session = ServingSessions.open(config)) {
        ServingRun serving = new ServingRun(session, config, metrics);
        output.println("batch serving: " + ServingRun.loadLine(serving.load()));
        if (stopped) {
          return 1;
        }
        ReconciliationReport report = serving.reconcile();
        lastDrift.set(Optional.of((long) report.drifts().size()));
        output.println("batch serving: " + report.summary());
        if (!report.drifts().isEmpty()) {
          output.println(
              "batch serving: drift found, see " + request.out().resolve(Reconciler.FILE));
        }
        return 0;
      }
    } catch (IOException | RuntimeException e) {
      // messages name files, views, hosts and keys; the configuration puts no secret in one
      output.printError("batch serving: " + e.getMessage());
      return 1;
    }
  }

  /** Differences the last reconciliation of this step found; empty before one succeeded. */
  public Optional<Long> lastDrift() {
    return lastDrift.get();
  }

  @Override
  public void stop() {
    // a CQL write cannot be interrupted cleanly: the step ends after the one under way
    stopped = true;
  }
}
