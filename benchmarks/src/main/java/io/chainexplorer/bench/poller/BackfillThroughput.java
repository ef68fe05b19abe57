package io.chainexplorer.bench.poller;

import io.chainexplorer.poller.backfill.BackfillJob;
import io.chainexplorer.poller.backfill.BackfillListener;
import io.chainexplorer.poller.backfill.BackfillRange;
import io.chainexplorer.poller.backfill.OrderedBackfill;
import io.chainexplorer.poller.rpc.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Backfill blocks/s with unlimited keys against the bare loop, interleaved, same blocks, same
 * JSON-RPC server and broker, same number of threads: {@code [blocks] [threads] [rounds]}.
 */
public final class BackfillThroughput {

  private BackfillThroughput() {}

  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    // The range must end reorg.window.blocks (128 by default) below the head.
    try (BackfillBenchStack stack = BackfillBenchStack.start(blocks + 200)) {
      List<Double> bare = new ArrayList<>();
      List<Double> backfill = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        double b = bare(stack, blocks, threads, round);
        double f = backfill(stack, blocks, threads, round);
        // Round 0 warms the JIT, the broker and anvil's caches up: not counted.
        if (round > 0) {
          bare.add(b);
          backfill.add(f);
        }
        System.out.printf(
            "round %d%s: bare %.1f blocks/s, backfill %.1f blocks/s, ratio %.3f%n",
            round, round == 0 ? " (warm-up)" : "", b, f, f / b);
      }
      double medianBare = median(bare);
      double medianBackfill = median(backfill);
      System.out.printf(
          "median of %d rounds: bare %.1f blocks/s, backfill %.1f blocks/s, ratio %.3f (goal >= 0.8)%n",
          rounds, medianBare, medianBackfill, medianBackfill / medianBare);
    }
  }

  private static double bare(BackfillBenchStack stack, int blocks, int threads, int round)
      throws InterruptedException {
    long start = System.nanoTime();
    BackfillBareLoop.run(
        stack.stub.url(BackfillBenchStack.KEYS.get(0)),
        stack.kafka.bootstrapServers(),
        "bare-" + round,
        1,
        blocks,
        threads);
    return blocks / ((System.nanoTime() - start) / 1e9);
  }

  private static double backfill(BackfillBenchStack stack, int blocks, int threads, int round)
      throws Exception {
    BackfillJob job =
        new BackfillJob(
            stack.config("bench-" + round), new BackfillRange(1, blocks), Clock.systemUTC());
    long[] start = new long[1];
    BackfillListener listener =
        new BackfillListener() {
          @Override
          public void started(long first) {
            start[0] = System.nanoTime();
          }

          @Override
          public void committed(long tip, int count) {
            // timing only
          }
        };
    OrderedBackfill.Sizing sizing = new OrderedBackfill.Sizing(threads, 8 * threads, 32);
    job.run(BackfillBenchStack.source(stack.pool(1_000_000)), sizing, Sleeper.SYSTEM, listener);
    return blocks / ((System.nanoTime() - start[0]) / 1e9);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
