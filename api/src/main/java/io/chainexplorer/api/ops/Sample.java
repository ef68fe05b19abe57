package io.chainexplorer.api.ops;

import java.util.Map;

/** One sample of a Prometheus exposition: metric name, labels and value. */
public record Sample(String name, Map<String, String> labels, double value) {

  public Sample {
    labels = Map.copyOf(labels);
  }

  /** The label's value, or {@code ""} when the sample has no such label. */
  public String label(String label) {
    return labels.getOrDefault(label, "");
  }
}
