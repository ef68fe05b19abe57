package io.chainexplorer.reliability.truth;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The comparison of every checked store with the canonical chain of one block range. */
public final class TruthReport {

  private final String chain;
  private final long from;
  private final long to;
  private final Map<Store, Map<String, Counts>> stores = new EnumMap<>(Store.class);

  public TruthReport(String chain, long from, long to) {
    this.chain = chain;
    this.from = from;
    this.to = to;
  }

  /** Records the counts of {@code store}, replacing any earlier ones. */
  public TruthReport put(Store store, Map<String, Counts> counts) {
    stores.put(store, Collections.unmodifiableMap(new LinkedHashMap<>(counts)));
    return this;
  }

  /** The counts per entity of {@code store}; empty when it was not checked. */
  public Map<String, Counts> counts(Store store) {
    return stores.getOrDefault(store, Map.of());
  }

  /** The sum over every entity of every checked store. */
  public Counts total() {
    long[] sum = new long[6];
    stores.values().stream()
        .flatMap(byEntity -> byEntity.values().stream())
        .forEach(
            c -> {
              sum[0] += c.expected();
              sum[1] += c.observed();
              sum[2] += c.missing();
              sum[3] += c.duplicated();
              sum[4] += c.orphaned();
              sum[5] += c.altered();
            });
    return new Counts(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
  }

  /** Whether every checked store holds exactly the chain (and at least one was checked). */
  public boolean clean() {
    return !stores.isEmpty() && total().clean();
  }

  /** The report as a Markdown section: one table row per store and entity. */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("### Ground truth: ")
        .append(chain)
        .append(", blocks ")
        .append(from)
        .append("..")
        .append(to)
        .append(clean() ? " (clean)" : " (NOT clean)")
        .append("\n\n")
        .append(
            "| store | entity | expected | observed | missing | duplicated | orphaned | altered |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    stores.forEach(
        (store, byEntity) ->
            byEntity.forEach(
                (entity, c) ->
                    out.append(
                        String.format(
                            "| %s | %s | %d | %d | %d | %d | %d | %d |%n",
                            store.label(),
                            entity,
                            c.expected(),
                            c.observed(),
                            c.missing(),
                            c.duplicated(),
                            c.orphaned(),
                            c.altered()))));
    return out.toString();
  }

  @Override
  public String toString() {
    return toMarkdown();
  }
}
