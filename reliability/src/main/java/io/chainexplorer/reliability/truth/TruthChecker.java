package io.chainexplorer.reliability.truth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what a store holds with the canonical chain, entity by entity: records outside the
 * chain's range are not judged; a record is orphaned when its block hash is not the canonical one
 * at its height, duplicated when its key comes more than once from the canonical block, altered
 * when its content differs from the chain's, and an expected key no canonical record has is
 * missing.
 */
public final class TruthChecker {

  private TruthChecker() {}

  /** The counts per entity of {@code held} against {@code chain}, entities in the chain's order. */
  public static Map<String, Counts> compare(ExpectedChain chain, Collection<Observed> held) {
    Map<String, List<Observed>> byEntity = new LinkedHashMap<>();
    chain.entities().forEach(entity -> byEntity.put(entity, new ArrayList<>()));
    for (Observed record : held) {
      if (chain.covers(record.blockNumber())) {
        byEntity.computeIfAbsent(record.entity(), e -> new ArrayList<>()).add(record);
      }
    }
    Map<String, Counts> counts = new LinkedHashMap<>();
    byEntity.forEach((entity, records) -> counts.put(entity, compare(chain, entity, records)));
    return counts;
  }

  private static Counts compare(ExpectedChain chain, String entity, List<Observed> held) {
    Map<String, Observed> expected = chain.records(entity);
    Map<String, List<Observed>> canonicalByKey = new HashMap<>();
    long orphaned = 0;
    for (Observed record : held) {
      boolean canonical =
          chain.canonicalHash(record.blockNumber()).map(record.blockHash()::equals).orElse(false);
      if (canonical) {
        canonicalByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record);
      } else {
        orphaned++;
      }
    }
    long duplicated = 0;
    long altered = 0;
    for (Map.Entry<String, List<Observed>> entry : canonicalByKey.entrySet()) {
      List<Observed> copies = entry.getValue();
      duplicated += copies.size() - 1;
      Observed truth = expected.get(entry.getKey());
      if (truth == null || copies.stream().anyMatch(c -> !c.content().equals(truth.content()))) {
        altered++;
      }
    }
    long missing = expected.keySet().stream().filter(k -> !canonicalByKey.containsKey(k)).count();
    return new Counts(expected.size(), held.size(), missing, duplicated, orphaned, altered);
  }
}
