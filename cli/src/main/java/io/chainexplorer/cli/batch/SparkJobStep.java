package io.chainexplorer.cli.batch;

import java.util.concurrent.atomic.AtomicReference;

/** The Spark job: BatchJob writes the views, their content hashes and {@code _batch_run.json}. */
public final class SparkJobStep implements BatchStep {

  private final BatchInstallation installation;
  private final String heap;
  private final AtomicReference<BatchJobProcess> running = new AtomicReference<>();
  private volatile boolean stopped;

  public SparkJobStep(BatchInstallation installation, String heap) {
    this.installation = installation;
    this.heap = heap;
  }

  @Override
  public String name() {
    return "spark-job";
  }

  @Override
  public int run(BatchRunRequest request, JobOutput output) throws InterruptedException {
    if (stopped) {
      return 1;
    }
    try (BatchJobProcess job = BatchJobProcess.start(installation, heap, request, output)) {
      running.set(job);
      if (stopped) {
        // stop() came between the check above and set(): it could not see this job
        return 1;
      }
      int code = job.awaitExit();
      // BatchJob exits 0 or 1; anything else is a crash or a signal
      return code == 0 ? 0 : 1;
    } finally {
      running.set(null);
    }
  }

  @Override
  public void stop() {
    stopped = true;
    BatchJobProcess job = running.get();
    if (job != null) {
      job.close();
    }
  }
}
