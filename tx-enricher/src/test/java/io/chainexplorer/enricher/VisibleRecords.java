package io.chainexplorer.enricher;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What a reader applying retractions sees of an output topic: its keys with a live record. */
public final class VisibleRecords {

  private VisibleRecords() {}

  /**
   * Keys with a live record, where a retraction removes the earlier record of the same key and
   * block hash.
   */
  public static <K, V> Set<K> visible(
      List<ConsumerRecord<K, V>> records, Function<V, String> blockHash, Predicate<V> retracted) {
    Map<K, Set<String>> byKey = new HashMap<>();
    for (ConsumerRecord<K, V> record : records) {
      Set<String> live = byKey.computeIfAbsent(record.key(), key -> new HashSet<>());
      if (retracted.test(record.value())) {
        live.remove(blockHash.apply(record.value()));
      } else {
        live.add(blockHash.apply(record.value()));
      }
    }
    Set<K> keys = new HashSet<>();
    byKey.forEach(
        (key, live) -> {
          if (!live.isEmpty()) {
            keys.add(key);
          }
        });
    return keys;
  }
}
