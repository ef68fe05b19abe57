package io.chainexplorer.bench;

import io.chainexplorer.avro.RawBlock;
import java.util.Arrays;

/**
 * Noise-resistant companion of {@link SerdeBenchmark} for a shared machine: alternates short
 * batches of our serde and bare Avro, so that load from other processes hits both alike, and prints
 * the median of the per-round time ratios (ours / bare) with its quartiles.
 */
public final class InterleavedSerdeRatio {

  private static final int WARMUP_ROUNDS = 1_000;
  private static final int ROUNDS = 2_000;
  private static final int BATCH = 5;

  private InterleavedSerdeRatio() {}

  public static void main(String[] args) throws Exception {
    SerdeBenchmark benchmark = new SerdeBenchmark();
    benchmark.setUp();
    long sink = 0;
    double[] ratios = new double[ROUNDS];
    for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
      // Alternate which goes first so that neither always follows a GC of the other.
      boolean oursFirst = (round & 1) == 0;
      long first = System.nanoTime();
      for (int i = 0; i < BATCH; i++) {
        RawBlock block = oursFirst ? benchmark.wireFormatSerde() : benchmark.bareAvro();
        sink += block.getBlockNumber();
      }
      long middle = System.nanoTime();
      for (int i = 0; i < BATCH; i++) {
        RawBlock block = oursFirst ? benchmark.bareAvro() : benchmark.wireFormatSerde();
        sink += block.getBlockNumber();
      }
      long end = System.nanoTime();
      if (round >= 0) {
        double firstTime = middle - first;
        double secondTime = end - middle;
        ratios[round] = oursFirst ? firstTime / secondTime : secondTime / firstTime;
      }
    }
    benchmark.tearDown();
    Arrays.sort(ratios);
    System.out.printf(
        "rounds=%d batch=%d ratio ours/bare: median %.3f, quartiles %.3f-%.3f (sink %d)%n",
        ROUNDS, BATCH, ratios[ROUNDS / 2], ratios[ROUNDS / 4], ratios[3 * ROUNDS / 4], sink);
  }
}
