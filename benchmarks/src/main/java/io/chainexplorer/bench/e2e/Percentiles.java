package io.chainexplorer.bench.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** p50, p90, p99 and max of latencies in milliseconds, nearest-rank, for a report line. */
record Percentiles(int count, double p50, double p90, double p99, double max) {

  static Percentiles of(List<Double> millis) {
    if (millis.isEmpty()) {
      return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return new Percentiles(
        sorted.size(),
        rank(sorted, 0.50),
        rank(sorted, 0.90),
        rank(sorted, 0.99),
        sorted.get(sorted.size() - 1));
  }

  private static double rank(List<Double> sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  @Override
  public String toString() {
    return String.format(
        "n %d, p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms", count, p50, p90, p99, max);
  }
}
