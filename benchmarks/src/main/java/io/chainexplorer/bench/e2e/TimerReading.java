package io.chainexplorer.bench.e2e;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a Prometheus timer with a histogram, summed over its tags: count, sum (seconds)
 * and cumulative bucket counts by upper bound; the difference of two readings describes the timings
 * recorded in between.
 */
record TimerReading(double count, double sumSeconds, Map<Double, Double> buckets) {

  private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  /** The timer {@code name} (without suffix, e.g. {@code ..._seconds}) in a metrics text. */
  static TimerReading parse(String metricsText, String name) {
    double count = 0;
    double sum = 0;
    Map<Double, Double> buckets = new TreeMap<>();
    for (String line : metricsText.split("\n")) {
      if (line.startsWith(name + "_count")) {
        count += PollerMetrics.value(line);
      } else if (line.startsWith(name + "_sum")) {
        sum += PollerMetrics.value(line);
      } else if (line.startsWith(name + "_bucket")) {
        Matcher le = LE.matcher(line);
        if (le.find() && !"+Inf".equals(le.group(1))) {
          buckets.merge(Double.valueOf(le.group(1)), PollerMetrics.value(line), Double::sum);
        }
      }
    }
    return new TimerReading(count, sum, buckets);
  }

  /** Count, mean and bucket bounds of the median and the 99th percentile since {@code before}. */
  String since(TimerReading before) {
    double n = count - before.count;
    if (n <= 0) {
      return "none";
    }
    return String.format(
        "%.0f, mean %.0f ms, p50 <= %s, p99 <= %s",
        n,
        (sumSeconds - before.sumSeconds) * 1000 / n,
        bound(before, 0.50 * n),
        bound(before, 0.99 * n));
  }

  /** The smallest bucket bound under which at least {@code rank} of the timings fell. */
  private String bound(TimerReading before, double rank) {
    for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
      double below = bucket.getValue() - before.buckets.getOrDefault(bucket.getKey(), 0.0);
      if (below >= rank) {
        return String.format("%.0f ms", bucket.getKey() * 1000);
      }
    }
    return "above the largest bucket";
  }
}
