package io.chainexplorer.bench.e2e;

import io.chainexplorer.devstack.run.EmbeddedPipeline;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The harness's instruments on one running pipeline: its node's traffic, the head watcher, the
 * Kafka hop clock and the hot-store probe, and the latency report of a phase (hops, slowest blocks,
 * the poller's calls per block and fetch times).
 */
final class PipelineProbes implements AutoCloseable {

  /** The poller's service name in the pipeline. */
  static final String POLLER = "block-poller";

  private static final int SLOWEST_SHOWN = 5;
  private static final String BLOCK_FETCH = "chainexplorer_poller_rpc_block_fetch_latency_seconds";
  private static final String EXCHANGE = "chainexplorer_poller_rpc_exchange_latency_seconds";

  private final URI rpcUrl;
  private final URI pollerMetrics;
  private final NodeTraffic traffic;
  private final HeadWatcher watcher;
  private final HopClock clock;
  private final HotStoreProbe probe;
  private final Consumer<String> out;
  private boolean clockRunning = true;

  PipelineProbes(EmbeddedPipeline pipeline, Consumer<String> out) {
    this.out = out;
    this.rpcUrl = URI.create(pipeline.anvilRpcUrl().orElseThrow());
    this.pollerMetrics = pollerMetrics(pipeline);
    this.traffic = new NodeTraffic(rpcUrl);
    this.watcher = HeadWatcher.start(rpcUrl, Duration.ofMillis(5));
    this.clock = HopClock.start(pipeline.kafka(), pipeline.topics());
    this.probe =
        new HotStoreProbe(
            pipeline.cqlHostPort(), pipeline.cqlLocalDatacenter(), pipeline.keyspace(), rpcUrl);
  }

  private static URI pollerMetrics(EmbeddedPipeline pipeline) {
    return pipeline.services().stream()
        .filter(s -> POLLER.equals(s.name()))
        .findFirst()
        .orElseThrow()
        .metricsEndpoint()
        .orElseThrow();
  }

  NodeTraffic traffic() {
    return traffic;
  }

  URI rpcUrl() {
    return rpcUrl;
  }

  URI pollerMetrics() {
    return pollerMetrics;
  }

  /** Waits until the sink has created the hot store's tables. */
  void awaitTables() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!probe.ready()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the hot store's tables did not appear in 5 minutes");
      }
      TimeUnit.SECONDS.sleep(1);
    }
  }

  /** Lets {@code blocks} blocks through untimed (they are still printed in one line). */
  void warmUp(int blocks, Duration limit) {
    List<BlockTiming> timings = probe.measure(watcher, clock, blocks, limit);
    out.accept(
        "warm-up: "
            + timings.size()
            + " blocks, node -> Scylla rows "
            + BlockTiming.hops(timings).get("node -> Scylla rows"));
  }

  /** Times {@code blocks} blocks and prints each hop, the slowest blocks and the poller's work. */
  void latency(int blocks, Duration limit, String shape) {
    String metricsBefore = PollerMetrics.read(pollerMetrics);
    long started = System.nanoTime();
    List<BlockTiming> timings = probe.measure(watcher, clock, blocks, limit);
    out.accept(
        String.format(
            "latency (%s): %d blocks in %.0f s",
            shape, timings.size(), (System.nanoTime() - started) / 1e9));
    BlockTiming.hops(timings)
        .forEach((hop, percentiles) -> out.accept("  " + hop + ": " + percentiles));
    timings.stream()
        .sorted(Comparator.comparingDouble(BlockTiming::totalMillis).reversed())
        .limit(SLOWEST_SHOWN)
        .forEach(t -> out.accept("  slow: " + t.describe()));
    String metricsAfter = PollerMetrics.read(pollerMetrics);
    out.accept(
        "poller calls per block ("
            + shape
            + "): "
            + PollerCalls.parse(metricsAfter).perBlockSince(PollerCalls.parse(metricsBefore)));
    for (String timer : List.of(BLOCK_FETCH, EXCHANGE)) {
      out.accept(
          "  "
              + timer
              + ": "
              + TimerReading.parse(metricsAfter, timer)
                  .since(TimerReading.parse(metricsBefore, timer)));
    }
  }

  /** Stops the hop clock, whose consumer of every transaction would weigh on a phase untimed. */
  void stopClock() {
    if (clockRunning) {
      clockRunning = false;
      clock.close();
    }
  }

  /** The probes' own failures, for the end of the report. */
  String health() {
    return "head watcher errors: " + watcher.errors() + ", blocks abandoned: " + probe.abandoned();
  }

  @Override
  public void close() {
    stopClock();
    probe.close();
    watcher.close();
    traffic.close();
  }
}
