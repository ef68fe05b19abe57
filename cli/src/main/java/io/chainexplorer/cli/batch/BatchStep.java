package io.chainexplorer.cli.batch;

/** One step of a batch run; a step's failure ends the run. */
public interface BatchStep {

  /** A short name for messages, e.g. {@code spark-job}. */
  String name();

  /** Runs the step to its end: 0 when done, 1 when it failed (it has said why on its output). */
  int run(BatchRunRequest request, JobOutput output) throws InterruptedException;

  /** Ends a running {@link #run} early, from another thread; nothing when none runs. */
  void stop();
}
