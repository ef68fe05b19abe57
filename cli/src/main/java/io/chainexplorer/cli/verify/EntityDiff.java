package io.chainexplorer.cli.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * How the cold store's records of one entity of a block differ from the re-derived ones, by topic
 * key: re-derived but not stored, stored but not re-derived, stored with other content.
 */
public record EntityDiff(
    DerivedEntity entity,
    List<String> missingInColdStore,
    List<String> unexpectedInColdStore,
    List<String> changed) {

  public EntityDiff {
    missingInColdStore = List.copyOf(missingInColdStore);
    unexpectedInColdStore = List.copyOf(unexpectedInColdStore);
    changed = List.copyOf(changed);
  }

  /** The difference between the two, or empty when they hold the same records. */
  public static Optional<EntityDiff> between(
      DerivedEntity entity, SortedMap<String, byte[]> fresh, SortedMap<String, byte[]> stored) {
    List<String> missing = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    fresh.forEach(
        (key, bytes) -> {
          byte[] kept = stored.get(key);
          if (kept == null) {
            missing.add(key);
          } else if (!Arrays.equals(bytes, kept)) {
            changed.add(key);
          }
        });
    List<String> unexpected =
        stored.keySet().stream().filter(key -> !fresh.containsKey(key)).toList();
    if (missing.isEmpty() && changed.isEmpty() && unexpected.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EntityDiff(entity, missing, unexpected, changed));
  }
}
