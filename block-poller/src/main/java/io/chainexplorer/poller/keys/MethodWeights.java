package io.chainexplorer.poller.keys;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a provider charges per JSON-RPC method, in its own units; methods it does not list cost
 * {@link #defaultWeight()}. Every member of a batch is charged on its own.
 */
public final class MethodWeights {

  private final Map<String, Integer> weights;
  private final int defaultWeight;

  private MethodWeights(Map<String, Integer> weights, int defaultWeight) {
    if (defaultWeight < 0) {
      throw new IllegalArgumentException("default weight must be >= 0");
    }
    weights.forEach(
        (method, weight) -> {
          if (weight < 0) {
            throw new IllegalArgumentException("weight of " + method + " must be >= 0");
          }
        });
    this.weights = Map.copyOf(weights);
    this.defaultWeight = defaultWeight;
  }

  public static MethodWeights of(Map<String, Integer> weights, int defaultWeight) {
    return new MethodWeights(weights, defaultWeight);
  }

  /** Every method costs {@code weight}. */
  public static MethodWeights flat(int weight) {
    return new MethodWeights(Map.of(), weight);
  }

  /**
   * Parses {@code method:weight,method:weight}; blanks are skipped.
   *
   * @throws IllegalArgumentException naming the bad entry
   */
  public static Map<String, Integer> parse(String spec) {
    Map<String, Integer> parsed = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return parsed;
    }
    for (String entry : spec.split(",")) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] parts = trimmed.split(":");
      if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().matches("\\d{1,9}")) {
        throw new IllegalArgumentException(
            "'" + trimmed + "' is not method:weight with a non-negative integer weight");
      }
      parsed.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
    }
    return parsed;
  }

  /** These weights with {@code overrides} replacing or adding methods. */
  public MethodWeights with(Map<String, Integer> overrides) {
    Map<String, Integer> merged = new LinkedHashMap<>(weights);
    merged.putAll(overrides);
    return new MethodWeights(merged, defaultWeight);
  }

  public int weightOf(String method) {
    return weights.getOrDefault(method, defaultWeight);
  }

  /** The units of a request made of {@code methods}, one entry per batch member. */
  public long unitsOf(Collection<String> methods) {
    long units = 0;
    for (String method : methods) {
      units += weightOf(method);
    }
    return units;
  }

  public int defaultWeight() {
    return defaultWeight;
  }

  /** The listed methods, sorted, for documentation and tests. */
  public Map<String, Integer> listed() {
    return new TreeMap<>(weights);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MethodWeights that
        && weights.equals(that.weights)
        && defaultWeight == that.defaultWeight;
  }

  @Override
  public int hashCode() {
    return weights.hashCode() * 31 + defaultWeight;
  }

  @Override
  public String toString() {
    return "MethodWeights" + listed() + " default " + defaultWeight;
  }
}
