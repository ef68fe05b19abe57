package io.chainexplorer.cli.batch;

import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import java.util.List;
import java.util.Optional;

/**
 * A batch run's steps in order, each only after the previous one succeeded: the Spark job, then the
 * serving side (the load into the hot store and the reconciliation with the speed layer).
 */
public final class BatchPipeline {

  private final List<BatchStep> steps;
  private volatile boolean stopped;

  public BatchPipeline(List<BatchStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The product's steps for one installation and heap, without a hot store to load. */
  public static BatchPipeline standard(BatchInstallation installation, String heap) {
    return standard(
        installation, heap, new ServingStep(Optional.empty(), new BatchServingMetrics()));
  }

  /** The product's steps for one installation and heap, then {@code serving}. */
  public static BatchPipeline standard(
      BatchInstallation installation, String heap, ServingStep serving) {
    return new BatchPipeline(List.of(new SparkJobStep(installation, heap), serving));
  }

  /** Runs every step: 0 when all succeeded, 1 at the first that failed or once stopped. */
  public int run(BatchRunRequest request, JobOutput output) throws InterruptedException {
    for (BatchStep step : steps) {
      if (stopped || step.run(request, output) != 0) {
        return 1;
      }
    }
    return stopped ? 1 : 0;
  }

  /** Stops the step that runs and every later one; the pipeline runs no more after it. */
  public void stop() {
    stopped = true;
    steps.forEach(BatchStep::stop);
  }

  /** Differences the last reconciliation found; empty when none ran (no hot store, a failure). */
  public Optional<Long> lastDrift() {
    return steps.stream()
        .filter(ServingStep.class::isInstance)
        .map(step -> ((ServingStep) step).lastDrift())
        .flatMap(Optional::stream)
        .findFirst();
  }

  public List<String> stepNames() {
    return steps.stream().map(BatchStep::name).toList();
  }
}
