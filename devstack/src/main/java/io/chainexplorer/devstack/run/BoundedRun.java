package io.chainexplorer.devstack.run;

import io.chainexplorer.devstack.export.CatchUp;
import io.chainexplorer.devstack.export.TopicExporter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A run with an end: a finite range (the poller's backfill exits once it is published) or a number
 * of new blocks at the head (then the poller is stopped); once every group has consumed everything,
 * the topics are exported and the run ends.
 */
final class BoundedRun {

  /** How long the apps and connectors may take to consume what the poller published. */
  static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(15);

  /**
   * How often the end of the source and the catch-up are checked: each check is a process's exit or
   * a few offset reads, so a short period costs little, and a one-block extraction must not wait a
   * summary interval to notice that its poller has finished.
   */
  static final Duration CHECK_INTERVAL = Duration.ofMillis(100);

  private final EmbeddedPipeline pipeline;
  private final RunConsole console;
  private final ShutdownSignal signal;
  private final Duration summaryInterval;

  BoundedRun(
      EmbeddedPipeline pipeline,
      RunConsole console,
      ShutdownSignal signal,
      Duration summaryInterval) {
    this.pipeline = pipeline;
    this.console = console;
    this.signal = signal;
    this.summaryInterval = summaryInterval;
  }

  /**
   * Runs to the end and exports to {@code exportDir} (none: no export).
   *
   * @param stopAfterBlocks new head blocks to follow; 0 for a finite range
   * @return the exit code: 0 when exported, 1 when the poller failed, the pipeline did not catch
   *     up, or a stop was requested first
   */
  int run(long stopAfterBlocks, Path exportDir) throws InterruptedException {
    if (!awaitSource(stopAfterBlocks)) {
      return 1;
    }
    console.print("poller done; waiting for every app and connector to catch up ...");
    CatchUp catchUp = new CatchUp(pipeline.lag(), pipeline.kafka(), CHECK_INTERVAL);
    if (!catchUp.await(() -> true, CATCH_UP_TIMEOUT)) {
      console.print("the pipeline did not catch up within " + CATCH_UP_TIMEOUT);
      return 1;
    }
    console.summary(pipeline.summary());
    if (exportDir != null) {
      TopicExporter exporter = new TopicExporter(pipeline.kafka(), pipeline.schemaRegistryUrl());
      Map<String, Long> counts = exporter.export(pipeline.topics().all(), exportDir);
      counts.forEach((topic, count) -> console.print("  exported " + count + " " + topic));
      console.print("exported " + counts.size() + " topics to " + exportDir);
    }
    return 0;
  }

  private boolean awaitSource(long stopAfterBlocks) throws InterruptedException {
    Instant summaryAt = Instant.now().plus(summaryInterval);
    while (true) {
      if (stopAfterBlocks > 0 && pipeline.newRawBlocks() >= stopAfterBlocks) {
        console.print(stopAfterBlocks + " new blocks published; stopping the poller");
        pipeline.stopPoller();
        return true;
      }
      OptionalInt exit = pipeline.pollerExit();
      if (exit.isPresent()) {
        boolean done = stopAfterBlocks == 0 && exit.getAsInt() == 0;
        if (!done) {
          console.print("the poller exited with code " + exit.getAsInt() + " (see its log)");
        }
        return done;
      }
      if (signal.awaitRequest(CHECK_INTERVAL)) {
        console.print("stopped before the end of the range");
        return false;
      }
      if (Instant.now().isAfter(summaryAt)) {
        console.summary(pipeline.summary());
        summaryAt = Instant.now().plus(summaryInterval);
      }
    }
  }
}
