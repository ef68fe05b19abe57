package io.chainexplorer.bench.e2e;

import io.chainexplorer.cli.run.EmbeddedPipeline;
import io.chainexplorer.cli.run.Network;
import io.chainexplorer.cli.run.PipelineSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end benchmark: starts the embedded pipeline of {@code run} on anvil with the poller at 0
 * confirmations, then measures node-to-hot-store latency with 1 s blocks, resident memory and calls
 * per block with 12 s blocks at about 15 transactions/s, and the highest traffic that keeps the
 * consumer lag bounded.
 *
 * <p>Usage, from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.chainexplorer.bench.e2e.PipelineBenchmark [latencyBlocks=300] [mainnetSeconds=96]
 * [stepSeconds=30] [extraRates=50,100,200,400,600,800,1000]}; the ramp's extra transfers come on
 * top of the generators' 15 tx/s.
 */
public final class PipelineBenchmark {

  /** Added to the pipeline's 4 tx/s for the latency and memory phases: mainnet's ~15 tx/s. */
  private static final double MAINNET_EXTRA_RATE = 11;

  /** The pipeline's own generator (4 tx/s) and the harness's mainnet-like one. */
  private static final double GENERATORS_RATE = 4 + MAINNET_EXTRA_RATE;

  private static final String DEFAULT_RAMP = "50,100,200,400,600,800,1000";
  private static final int WARM_UP_BLOCKS = 15;
  private static final int SLOWEST_SHOWN = 5;
  private static final Duration SAMPLE_RSS = Duration.ofSeconds(3);

  private PipelineBenchmark() {}

  public static void main(String[] args) {
    int status = 0;
    try {
      run(args);
    } catch (Exception e) {
      print("failed: " + e);
      e.printStackTrace();
      status = 1;
    }
    // client threads of the stopped pipeline must not keep the harness alive
    System.exit(status);
  }

  private static void run(String[] args) throws Exception {
    int latencyBlocks = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int mainnetSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 96;
    Duration step = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 30);
    List<Double> rates =
        Arrays.stream((args.length > 3 ? args[3] : DEFAULT_RAMP).split(","))
            .map(Double::valueOf)
            .toList();
    Path dataDir = Files.createTempDirectory("chain-explorer-e2e");
    PipelineSettings settings =
        new PipelineSettings(
            Network.devnet,
            dataDir,
            List.of(),
            // confirmation delay excluded from the latency: the poller publishes at the head
            Map.of("CHAIN_EXPLORER_CONFIRMATIONS", "0"),
            OptionalLong.empty(),
            OptionalLong.empty(),
            0);
    print("load average at start: " + loadAverage());
    long booted = System.nanoTime();
    try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(settings, s -> print("start " + s))) {
      print(String.format("pipeline up in %.1f s", (System.nanoTime() - booted) / 1e9));
      new PipelineBenchmark.Phases(pipeline).run(latencyBlocks, mainnetSeconds, step, rates);
    } finally {
      deleteQuietly(dataDir);
    }
    print("load average at end: " + loadAverage());
  }

  /** The measurement phases on one running pipeline. */
  private static final class Phases {
    private final EmbeddedPipeline pipeline;
    private final URI rpcUrl;
    private final URI pollerMetrics;

    Phases(EmbeddedPipeline pipeline) {
      this.pipeline = pipeline;
      this.rpcUrl = URI.create(pipeline.anvilRpcUrl().orElseThrow());
      this.pollerMetrics =
          pipeline.services().stream()
              .filter(s -> "block-poller".equals(s.name()))
              .findFirst()
              .orElseThrow()
              .metricsEndpoint()
              .orElseThrow();
    }

    void run(int latencyBlocks, int mainnetSeconds, Duration step, List<Double> rates)
        throws InterruptedException {
      ServiceMemory wholeRun = new ServiceMemory();
      ServiceMemory mainnet = new ServiceMemory();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      try (NodeTraffic traffic = new NodeTraffic(rpcUrl);
          BatchTransfers transfers = new BatchTransfers(rpcUrl);
          HeadWatcher watcher = HeadWatcher.start(rpcUrl, Duration.ofMillis(5));
          HopClock clock = HopClock.start(pipeline.kafka(), pipeline.topics());
          HotStoreProbe probe =
              new HotStoreProbe(
                  pipeline.cqlHostPort(),
                  pipeline.cqlLocalDatacenter(),
                  pipeline.keyspace(),
                  rpcUrl)) {
        sampler.scheduleAtFixedRate(
            () -> wholeRun.sample(pipeline.services()),
            0,
            SAMPLE_RSS.toMillis(),
            TimeUnit.MILLISECONDS);
        traffic.extraRate(MAINNET_EXTRA_RATE);
        awaitTables(probe);
        probe.measure(watcher, clock, WARM_UP_BLOCKS, Duration.ofMinutes(5));
        latency(probe, watcher, clock, latencyBlocks, "1 s blocks, ~15 tx/s");
        traffic.blockTime(12);
        sampler.scheduleAtFixedRate(
            () -> mainnet.sample(pipeline.services()),
            0,
            SAMPLE_RSS.toMillis(),
            TimeUnit.MILLISECONDS);
        latency(probe, watcher, clock, mainnetSeconds / 12, "12 s blocks, ~15 tx/s");
        // the clock's consumer of every transaction would weigh on the ramp it does not time
        clock.close();
        print("peak RSS (MB) at ~15 tx/s, 12 s blocks: " + mainnet.peakMb());
        traffic.blockTime(1);
        print("ramp (1 s blocks; lag = enricher + decoder + Scylla sink groups):");
        new LoadRamp(
                pipeline,
                traffic,
                transfers,
                GENERATORS_RATE,
                pollerMetrics,
                PipelineBenchmark::print)
            .run(rates, step);
        print("peak RSS (MB) over the whole run: " + wholeRun.peakMb());
        print(
            "head watcher errors: "
                + watcher.errors()
                + ", blocks abandoned: "
                + probe.abandoned());
      } finally {
        sampler.shutdownNow();
      }
    }

    private void latency(
        HotStoreProbe probe, HeadWatcher watcher, HopClock clock, int blocks, String shape) {
      PollerCalls before = PollerCalls.scrape(pollerMetrics);
      long started = System.nanoTime();
      List<BlockTiming> timings =
          probe.measure(watcher, clock, blocks, Duration.ofSeconds(Math.max(120, blocks * 15L)));
      print(
          String.format(
              "latency (%s): %d blocks in %.0f s",
              shape, timings.size(), (System.nanoTime() - started) / 1e9));
      BlockTiming.hops(timings)
          .forEach((hop, percentiles) -> print("  " + hop + ": " + percentiles));
      timings.stream()
          .sorted(Comparator.comparingDouble(BlockTiming::totalMillis).reversed())
          .limit(SLOWEST_SHOWN)
          .forEach(t -> print("  slow: " + t.describe()));
      print(
          "poller calls per block ("
              + shape
              + "): "
              + PollerCalls.scrape(pollerMetrics).perBlockSince(before));
    }

    private static void awaitTables(HotStoreProbe probe) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (!probe.ready()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the hot store's tables did not appear in 5 minutes");
        }
        TimeUnit.SECONDS.sleep(1);
      }
    }
  }

  static void print(String line) {
    System.out.printf("[e2e %tT] %s%n", System.currentTimeMillis(), line);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      print("cannot delete " + dir + ": " + e.getMessage());
    }
  }
}
