package io.chainexplorer.bench.e2e;

import io.chainexplorer.devstack.run.EmbeddedPipeline;
import io.chainexplorer.devstack.run.Network;
import io.chainexplorer.devstack.run.PipelineOptions;
import io.chainexplorer.devstack.run.PipelineSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * End-to-end benchmark on the embedded pipeline of {@code run} on anvil, the poller at 0
 * confirmations: node-to-hot-store latency with 1 s blocks and the highest traffic that keeps the
 * consumer lag bounded on one pipeline; latency, resident memory and calls per block with 12 s
 * blocks at about 15 transactions/s on a second pipeline whose poller is configured for 12 s
 * blocks.
 *
 * <p>Usage, from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.chainexplorer.bench.e2e.PipelineBenchmark [latencyBlocks=300] [mainnetSeconds=360]
 * [stepSeconds=30] [extraRates=50,100,200,400,600,800,1000]}; the ramp's extra transfers come on
 * top of the generators' 15 tx/s. A 0 skips its phase; the 1 s pipeline runs when its latency phase
 * or its ramp does.
 */
public final class PipelineBenchmark {

  /** Added to the pipeline's 4 tx/s for the latency and memory phases: mainnet's ~15 tx/s. */
  static final double MAINNET_EXTRA_RATE = 11;

  private static final String DEFAULT_RAMP = "50,100,200,400,600,800,1000";
  private static final int WARM_UP_BLOCKS = 15;
  private static final int MAINNET_BLOCK_SECONDS = 12;

  /**
   * Left untimed on the 12 s pipeline: the restarted poller takes its seat (~15 s), catches up with
   * the blocks mined meanwhile, then learns when blocks come (four or five 250 ms steps, as anvil
   * serves a 12 s block about 0.8 s after its timestamp). With 90 s, the learning fell into the
   * timed blocks.
   */
  private static final Duration MAINNET_WARM_UP = Duration.ofSeconds(150);

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
    int mainnetSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 360;
    Duration step = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 30);
    List<Double> rates =
        Arrays.stream((args.length > 3 ? args[3] : DEFAULT_RAMP).split(","))
            .map(Double::valueOf)
            .toList();
    print("load average at start: " + loadAverage());
    if (latencyBlocks > 0 || !step.isZero()) {
      onPipeline(
          PipelineOptions.defaults(),
          (pipeline, probes) -> fastBlocks(pipeline, probes, latencyBlocks, step, rates));
    }
    if (mainnetSeconds > 0) {
      // the poller paced for 12 s blocks from its start, as on mainnet; the network's own settings
      // (1 s) made it learn the interval only after 8 blocks, asking early and backing off
      PipelineOptions mainnet =
          new PipelineOptions(
              false,
              Map.of("block.time.ms", Long.toString(MAINNET_BLOCK_SECONDS * 1000L)),
              Map.of(),
              false);
      onPipeline(
          mainnet,
          (pipeline, probes) ->
              mainnetBlocks(pipeline, probes, mainnetSeconds / MAINNET_BLOCK_SECONDS));
    }
    print("load average at end: " + loadAverage());
  }

  /** What the harness does with one running pipeline. */
  @FunctionalInterface
  private interface Phases {
    void run(EmbeddedPipeline pipeline, PipelineProbes probes) throws InterruptedException;
  }

  private static void onPipeline(PipelineOptions options, Phases phases) throws Exception {
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
    long booted = System.nanoTime();
    try (EmbeddedPipeline pipeline =
            EmbeddedPipeline.start(settings, options, s -> print("start " + s));
        PipelineProbes probes = new PipelineProbes(pipeline, PipelineBenchmark::print)) {
      print(String.format("pipeline up in %.1f s", (System.nanoTime() - booted) / 1e9));
      phases.run(pipeline, probes);
      print(probes.health());
    } finally {
      deleteQuietly(dataDir);
    }
  }

  /** 1 s blocks at ~15 tx/s, then the ramp; RSS over the whole pipeline's run. */
  private static void fastBlocks(
      EmbeddedPipeline pipeline,
      PipelineProbes probes,
      int latencyBlocks,
      Duration step,
      List<Double> rates)
      throws InterruptedException {
    try (ServiceMemory.Sampler wholeRun = ServiceMemory.sample(pipeline);
        BatchTransfers transfers = new BatchTransfers(probes.rpcUrl())) {
      probes.traffic().extraRate(MAINNET_EXTRA_RATE);
      probes.awaitTables();
      if (latencyBlocks > 0) {
        probes.warmUp(WARM_UP_BLOCKS, Duration.ofMinutes(5));
        probes.latency(
            latencyBlocks,
            Duration.ofSeconds(Math.max(120, latencyBlocks * 15L)),
            "1 s blocks, ~15 tx/s");
      }
      probes.stopClock();
      if (!step.isZero()) {
        print("ramp (1 s blocks; lag = enricher + decoder + Scylla sink groups):");
        new LoadRamp(
                pipeline,
                probes.traffic(),
                transfers,
                4 + MAINNET_EXTRA_RATE,
                probes.pollerMetrics(),
                PipelineBenchmark::print)
            .run(rates, step);
      }
      print("peak RSS (MB), 1 s blocks, whole run: " + wholeRun.peakMb());
    }
  }

  /**
   * 12 s blocks of ~180 transactions. The node mines every second until the harness switches it,
   * after its traffic's contracts are deployed: the poller then restarts so that its schedule has
   * seen 12 s blocks only, as on mainnet.
   */
  private static void mainnetBlocks(EmbeddedPipeline pipeline, PipelineProbes probes, int blocks)
      throws InterruptedException {
    probes.traffic().extraRate(MAINNET_EXTRA_RATE);
    probes.awaitTables();
    probes.traffic().blockTime(MAINNET_BLOCK_SECONDS);
    pipeline.restart(PipelineProbes.POLLER);
    print("node at 12 s blocks, poller restarted");
    try (ServiceMemory.Sampler mainnet = ServiceMemory.sample(pipeline)) {
      probes.warmUp(Integer.MAX_VALUE, MAINNET_WARM_UP);
      probes.latency(
          blocks,
          Duration.ofSeconds(Math.max(120, blocks * 2L * MAINNET_BLOCK_SECONDS)),
          "12 s blocks, ~15 tx/s");
      print("peak RSS (MB) at ~15 tx/s, 12 s blocks: " + mainnet.peakMb());
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
