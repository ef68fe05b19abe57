package io.chainexplorer.bench.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.bench.common.BenchStack;
import io.chainexplorer.poller.verify.BlockVerifier;
import java.util.Arrays;

/**
 * The verification share of the whole poller path, measured interleaved: each round runs a batch of
 * blocks through {@link PollerPath} with verification on, a batch with it off (in alternating
 * order) and a batch of {@link BlockVerifier#verify} alone on the same block; prints CPU per block
 * of the poller's threads ({@link PollerThreadsCpu}) and wall time per block, and the medians of
 * the per-round shares (on - off) / off and verify / off.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.chainexplorer.bench.verify.PollerVerificationShare
 * [transactions] [rounds] [gzip|plain]} (defaults 200; 40 after 10 warm-up rounds; gzip: the
 * answers gzipped on the wire, as providers serve them to the poller, which asks for it).
 */
public final class PollerVerificationShare {

  private static final int BATCH = 5;
  private static final int WARM_UP_ROUNDS = 10;
  private static final String[] FIGURES = {
    "CPU, poller threads", "CPU, poller threads + GC/JIT", "wall time"
  };

  private PollerVerificationShare() {}

  public static void main(String[] args) throws Exception {
    int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    boolean gzip = args.length <= 2 || "gzip".equals(args[2]);
    VerifyBenchBlocks.Answers answers = VerifyBenchBlocks.block(transactions);
    try (BenchStack stack = BenchStack.start();
        PollerPath path = PollerPath.open(stack, "verifybench", answers, gzip)) {
      Samples samples = measure(path, rounds);
      RecordedBlockServer server = path.server();
      System.out.printf(
          "transactions=%d rounds=%d batch=%d answers %s: %d bytes on the wire (%d plain),"
              + " %d exchanges%n",
          transactions,
          rounds,
          BATCH,
          gzip ? "gzip" : "plain",
          server.answerBytes(),
          server.plainBytes(),
          server.exchanges());
      samples.print();
    }
  }

  private static Samples measure(PollerPath path, int rounds) throws Exception {
    PollerThreadsCpu cpu = new PollerThreadsCpu();
    BlockVerifier verifier = new BlockVerifier();
    Samples samples = new Samples(rounds);
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      boolean onFirst = (round & 1) == 0;
      Batch first = batch(path, cpu, onFirst);
      Batch second = batch(path, cpu, !onFirst);
      Batch on = onFirst ? first : second;
      Batch off = onFirst ? second : first;
      Batch alone = verifyBatch(verifier, path.fetchAndPublish(false), cpu);
      if (round >= 0) {
        samples.add(round, on, off, alone);
      }
    }
    return samples;
  }

  private static Batch batch(PollerPath path, PollerThreadsCpu cpu, boolean verify)
      throws Exception {
    PollerThreadsCpu.Reading before = cpu.read();
    long start = System.nanoTime();
    for (int i = 0; i < BATCH; i++) {
      path.fetchAndPublish(verify);
    }
    return Batch.since(before, start, cpu);
  }

  private static Batch verifyBatch(BlockVerifier verifier, RawBlock block, PollerThreadsCpu cpu) {
    PollerThreadsCpu.Reading before = cpu.read();
    long start = System.nanoTime();
    for (int i = 0; i < BATCH; i++) {
      if (!verifier.verify(block).verified()) {
        throw new IllegalStateException("the benchmark block no longer verifies");
      }
    }
    return Batch.since(before, start, cpu);
  }

  /** CPU of the poller's threads, of those and the JVM's own, and wall time of one batch. */
  private record Batch(long poller, long jvm, long wall) {

    static Batch since(PollerThreadsCpu.Reading before, long start, PollerThreadsCpu cpu) {
      PollerThreadsCpu.Reading after = cpu.read();
      return new Batch(
          after.poller() - before.poller(), after.jvm() - before.jvm(), System.nanoTime() - start);
    }

    /** Milliseconds per block of figure {@code figure} (an index into {@link #FIGURES}). */
    double millis(int figure) {
      long nanos =
          switch (figure) {
            case 0 -> poller;
            case 1 -> poller + jvm;
            default -> wall;
          };
      return nanos / 1e6 / BATCH;
    }
  }

  /** Per-round figures: for each of {@link #FIGURES}, on, off, verify alone and the two shares. */
  private static final class Samples {

    private final double[][][] values;

    Samples(int rounds) {
      values = new double[FIGURES.length][5][rounds];
    }

    void add(int round, Batch on, Batch off, Batch alone) {
      for (int f = 0; f < FIGURES.length; f++) {
        double[][] v = values[f];
        v[0][round] = on.millis(f);
        v[1][round] = off.millis(f);
        v[2][round] = alone.millis(f);
        v[3][round] = (on.millis(f) - off.millis(f)) / off.millis(f);
        v[4][round] = alone.millis(f) / off.millis(f);
      }
    }

    void print() {
      for (int f = 0; f < FIGURES.length; f++) {
        double[][] v = values[f];
        System.out.printf(
            "%s per block: on=%.2f ms off=%.2f ms verify alone=%.2f ms;"
                + " (on-off)/off=%.3f (p25 %.3f, p75 %.3f); verify/off=%.3f (p25 %.3f, p75"
                + " %.3f)%n",
            FIGURES[f],
            quantile(v[0], 0.5),
            quantile(v[1], 0.5),
            quantile(v[2], 0.5),
            quantile(v[3], 0.5),
            quantile(v[3], 0.25),
            quantile(v[3], 0.75),
            quantile(v[4], 0.5),
            quantile(v[4], 0.25),
            quantile(v[4], 0.75));
      }
    }
  }

  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
