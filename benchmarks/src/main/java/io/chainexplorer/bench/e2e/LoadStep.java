package io.chainexplorer.bench.e2e;

import java.util.List;

/**
 * One step of the load ramp: the rate asked of the traffic, the transactions the node mined per
 * second, the path to the hot store's consumer lag sampled over the step, and the poller's distance
 * from the head at its end.
 *
 * @param lagSamples {seconds since the step began, records behind} pairs
 */
record LoadStep(
    double askedPerSecond,
    double minedPerSecond,
    List<double[]> lagSamples,
    double pollerBehindBlocks) {

  /** Poller blocks behind the head above which it is not keeping up. */
  private static final double POLLER_BEHIND_LIMIT = 5;

  /**
   * True when the lag does not trend upwards: its least-squares slope is below half a transaction
   * per second of mined traffic (every transaction makes several records) and the poller follows
   * the head.
   */
  boolean bounded() {
    return lagSamples.size() >= 4
        && slope() <= 0.5 * minedPerSecond
        && pollerBehindBlocks <= POLLER_BEHIND_LIMIT;
  }

  /** Records per second by which the lag grew over the step (least squares). */
  double slope() {
    int n = lagSamples.size();
    double meanT = lagSamples.stream().mapToDouble(s -> s[0]).average().orElse(0);
    double meanLag = lagSamples.stream().mapToDouble(s -> s[1]).average().orElse(0);
    double num = 0;
    double den = 0;
    for (double[] sample : lagSamples) {
      num += (sample[0] - meanT) * (sample[1] - meanLag);
      den += (sample[0] - meanT) * (sample[0] - meanT);
    }
    return n < 2 || den == 0 ? 0 : num / den;
  }

  /** The highest lag sampled. */
  double maxLag() {
    return lagSamples.stream().mapToDouble(s -> s[1]).max().orElse(0);
  }

  /** The last lag sampled. */
  double lastLag() {
    return lagSamples.isEmpty() ? 0 : lagSamples.get(lagSamples.size() - 1)[1];
  }
}
