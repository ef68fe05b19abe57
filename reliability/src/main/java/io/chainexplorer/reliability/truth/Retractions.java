package io.chainexplorer.reliability.truth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a consumer applying retractions holds after reading a topic in order: a retraction removes
 * every earlier record with its entity, key and block hash; a later record of another block under
 * the same key stays.
 */
public final class Retractions {

  /** One record of a topic, in offset order. */
  public record TopicRecord(Observed record, boolean retracted) {}

  private Retractions() {}

  /** The records still live once every retraction of {@code inOrder} is applied. */
  public static List<Observed> apply(List<TopicRecord> inOrder) {
    Map<List<String>, List<Observed>> live = new LinkedHashMap<>();
    for (TopicRecord next : inOrder) {
      Observed record = next.record();
      List<String> identity = List.of(record.entity(), record.key(), record.blockHash());
      if (next.retracted()) {
        live.remove(identity);
      } else {
        live.computeIfAbsent(identity, i -> new ArrayList<>()).add(record);
      }
    }
    return live.values().stream().flatMap(List::stream).toList();
  }
}
