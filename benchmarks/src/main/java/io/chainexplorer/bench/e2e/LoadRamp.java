package io.chainexplorer.bench.e2e;

import io.chainexplorer.devstack.run.EmbeddedPipeline;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Raises the traffic step by step and records each step's lag on the path to the hot store (the
 * enricher, the decoder and the Scylla sink; the cold sink commits only when it rotates a file, so
 * its saw-tooth is left out), stopping after the first step whose lag grows without bound.
 */
final class LoadRamp {

  private static final Duration SAMPLE = Duration.ofSeconds(2);
  private static final Duration SETTLE = Duration.ofSeconds(10);
  private final EmbeddedPipeline pipeline;
  private final NodeTraffic traffic;
  private final BatchTransfers transfers;
  private final double baseRate;
  private final URI pollerMetrics;
  private final Consumer<String> out;

  /**
   * @param transfers the source of each step's extra rate
   * @param baseRate the generators' transactions per second, running throughout
   */
  LoadRamp(
      EmbeddedPipeline pipeline,
      NodeTraffic traffic,
      BatchTransfers transfers,
      double baseRate,
      URI pollerMetrics,
      Consumer<String> out) {
    this.pipeline = pipeline;
    this.traffic = traffic;
    this.transfers = transfers;
    this.baseRate = baseRate;
    this.pollerMetrics = pollerMetrics;
    this.out = out;
  }

  /** Runs a step per extra rate, in order, until one is unbounded; returns the steps run. */
  List<LoadStep> run(List<Double> extraRates, Duration stepLength) {
    List<LoadStep> steps = new ArrayList<>();
    for (double extra : extraRates) {
      LoadStep step = step(extra, stepLength);
      steps.add(step);
      out.accept(
          String.format(
              "step: asked %.0f tx/s, mined %.1f tx/s, lag slope %.1f records/s, max lag %.0f,"
                  + " poller behind %.0f blocks, transfers accepted %d, refused %d (last: %s) -> %s",
              step.askedPerSecond(),
              step.minedPerSecond(),
              step.slope(),
              step.maxLag(),
              step.pollerBehindBlocks(),
              transfers.sent(),
              transfers.refused(),
              transfers.lastRefusal(),
              step.bounded() ? "bounded" : "UNBOUNDED"));
      if (!step.bounded()) {
        break;
      }
    }
    transfers.rate(0);
    return steps;
  }

  private LoadStep step(double extra, Duration length) {
    transfers.rate(extra);
    LockSupport.parkNanos(SETTLE.toNanos());
    long fromBlock = traffic.head();
    long started = System.nanoTime();
    long end = started + length.toNanos();
    List<double[]> samples = new ArrayList<>();
    while (System.nanoTime() < end) {
      LockSupport.parkNanos(SAMPLE.toNanos());
      samples.add(new double[] {(System.nanoTime() - started) / 1e9, hotPathLag()});
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long toBlock = traffic.head();
    double mined = traffic.transactions(fromBlock, toBlock) / seconds;
    double behind = PollerCalls.scrape(pollerMetrics).lagBlocks();
    return new LoadStep(baseRate + extra, mined, samples, behind);
  }

  private double hotPathLag() {
    long lag = 0;
    for (Map.Entry<String, Long> group : pipeline.lag().latest().byGroup().entrySet()) {
      if (!group.getKey().contains("hdfs-sink")) {
        lag += group.getValue();
      }
    }
    return lag;
  }
}
