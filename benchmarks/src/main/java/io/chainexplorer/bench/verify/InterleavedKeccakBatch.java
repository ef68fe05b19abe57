package io.chainexplorer.bench.verify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * {@link KeccakBatchCost} measured interleaved: each round runs a batch of the scalar and a batch
 * of the vector side (order alternating between rounds) for the block's hash inputs, then the same
 * for the whole {@code verify}, in thread CPU time, so load from other processes hits both alike;
 * prints the medians and the median of the per-round ratios scalar / vector with p25 – p75.
 *
 * <p>Usage: {@code java --add-modules jdk.incubator.vector -cp benchmarks.jar
 * io.chainexplorer.bench.verify.InterleavedKeccakBatch [rounds]} (default 40, after 10 warm-up
 * rounds).
 */
public final class InterleavedKeccakBatch {

  private static final int BATCH = 5;
  private static final int WARM_UP_ROUNDS = 10;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private InterleavedKeccakBatch() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    KeccakBatchCost bench = new KeccakBatchCost();
    bench.setUp();
    Pair hashes = new Pair(rounds);
    Pair verify = new Pair(rounds);
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      hashes.round(round, bench::scalar, bench::vector);
      verify.round(round, bench::verifyScalar, bench::verifyVector);
    }
    double mb = bench.bytes() / 1e6;
    System.out.printf(
        "hash inputs: scalar %.3f ms (%.0f MB/s), vector %.3f ms (%.0f MB/s), %s%n",
        hashes.scalarMedian(),
        mb / hashes.scalarMedian() * 1e3,
        hashes.vectorMedian(),
        mb / hashes.vectorMedian() * 1e3,
        hashes.ratio());
    System.out.printf(
        "verify: scalar %.3f ms, vector %.3f ms, %s%n",
        verify.scalarMedian(), verify.vectorMedian(), verify.ratio());
  }

  /** Per-round CPU times of the two sides of one comparison. */
  private static final class Pair {
    private final double[] scalar;
    private final double[] vector;
    private final double[] ratio;

    Pair(int rounds) {
      scalar = new double[rounds];
      vector = new double[rounds];
      ratio = new double[rounds];
    }

    void round(int round, Supplier<?> scalarSide, Supplier<?> vectorSide) {
      boolean scalarFirst = round % 2 == 0;
      double first = cpuMillis(scalarFirst ? scalarSide : vectorSide);
      double second = cpuMillis(scalarFirst ? vectorSide : scalarSide);
      if (round >= 0) {
        scalar[round] = scalarFirst ? first : second;
        vector[round] = scalarFirst ? second : first;
        ratio[round] = scalar[round] / vector[round];
      }
    }

    double scalarMedian() {
      return PollerVerificationShare.quantile(scalar, 0.5);
    }

    double vectorMedian() {
      return PollerVerificationShare.quantile(vector, 0.5);
    }

    String ratio() {
      return String.format(
          "scalar / vector %.2f (p25 %.2f, p75 %.2f)",
          PollerVerificationShare.quantile(ratio, 0.5),
          PollerVerificationShare.quantile(ratio, 0.25),
          PollerVerificationShare.quantile(ratio, 0.75));
    }

    private static double cpuMillis(Supplier<?> side) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < BATCH; i++) {
        side.get();
      }
      return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / BATCH;
    }
  }
}
