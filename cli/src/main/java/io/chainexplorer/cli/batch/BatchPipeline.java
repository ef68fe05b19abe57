package io.chainexplorer.cli.batch;

import java.util.List;

/**
 * A batch run's steps in order, each only after the previous one succeeded: today the Spark job;
 * the serving loader and the reconciliation with the speed layer belong after it, in {@link
 * #standard}.
 */
public final class BatchPipeline {

  private final List<BatchStep> steps;
  private volatile boolean stopped;

  public BatchPipeline(List<BatchStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The product's steps for one installation and heap. */
  public static BatchPipeline standard(BatchInstallation installation, String heap) {
    return new BatchPipeline(List.of(new SparkJobStep(installation, heap)));
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

  public List<String> stepNames() {
    return steps.stream().map(BatchStep::name).toList();
  }
}
