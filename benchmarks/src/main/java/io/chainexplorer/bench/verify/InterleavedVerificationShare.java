package io.chainexplorer.bench.verify;

/**
 * The verification share measured interleaved: rounds alternate a batch of {@code process} and a
 * batch of {@code verify} on the same block, so load from other processes hits both alike; prints
 * the median per-block times and the median of the per-round ratios verify / process.
 *
 * <p>Usage: {@code java -cp benchmarks.jar
 * io.chainexplorer.bench.verify.InterleavedVerificationShare [transactions] [rounds]} (defaults 200
 * and 40, after 10 warm-up rounds).
 */
public final class InterleavedVerificationShare {

  private static final int BATCH = 5;
  private static final int WARM_UP_ROUNDS = 10;

  private InterleavedVerificationShare() {}

  public static void main(String[] args) throws Exception {
    int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    VerificationCost bench = new VerificationCost();
    bench.transactions = transactions;
    bench.setUp();
    double[] process = new double[rounds];
    double[] verify = new double[rounds];
    double[] ratio = new double[rounds];
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < BATCH; i++) {
        bench.process();
      }
      long middle = System.nanoTime();
      for (int i = 0; i < BATCH; i++) {
        bench.verify();
      }
      long end = System.nanoTime();
      if (round >= 0) {
        process[round] = (middle - start) / 1e6 / BATCH;
        verify[round] = (end - middle) / 1e6 / BATCH;
        ratio[round] = verify[round] / process[round];
      }
    }
    System.out.printf(
        "transactions=%d rounds=%d process=%.2f ms verify=%.2f ms ratio verify/process=%.3f"
            + " (rounds p25 %.3f, p75 %.3f)%n",
        transactions,
        rounds,
        median(process),
        median(verify),
        median(ratio),
        quantile(ratio, 0.25),
        quantile(ratio, 0.75));
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    return PollerVerificationShare.quantile(values, q);
  }
}
