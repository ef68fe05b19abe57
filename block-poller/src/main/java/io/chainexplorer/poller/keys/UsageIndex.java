package io.chainexplorer.poller.keys;

import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.poller.keys.UsageLedger.KeyUsage;
import io.chainexplorer.poller.keys.UsageLedger.SharedUsage;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest running total of every instance for every key and day, as read from the usage topic;
 * thread-safe. Records are keyed {@code provider:alias:day:instance}.
 */
final class UsageIndex {

  private static final char SEPARATOR = ':';

  private final String instance;
  private final Map<String, Map<String, Seen>> byKeyDay = new ConcurrentHashMap<>();

  UsageIndex(String instance) {
    if (instance.isBlank() || instance.indexOf(SEPARATOR) >= 0) {
      throw new IllegalArgumentException("an instance id is non-blank and has no ':'");
    }
    this.instance = instance;
  }

  /** The record key of this instance's total of {@code key} on {@code day}. */
  String recordKey(ApiKey key, LocalDate day) {
    return keyDay(key, day) + SEPARATOR + instance;
  }

  /**
   * Applies one record of the topic; a null value (tombstone) forgets it, a key not in this layout
   * is ignored.
   */
  void apply(String recordKey, ApiKeyUsage value, Instant receivedAt) {
    int last = recordKey == null ? -1 : recordKey.lastIndexOf(SEPARATOR);
    if (last <= 0) {
      return;
    }
    String keyDay = recordKey.substring(0, last);
    String writer = recordKey.substring(last + 1);
    if (value == null) {
      byKeyDay.computeIfPresent(keyDay, (k, m) -> remove(m, writer));
      return;
    }
    byKeyDay
        .computeIfAbsent(keyDay, k -> new ConcurrentHashMap<>())
        .put(writer, new Seen(value, receivedAt));
  }

  /** Drops every day before {@code oldest}: budgets of past days no longer matter. */
  void forgetBefore(LocalDate oldest) {
    byKeyDay.keySet().removeIf(keyDay -> dayOf(keyDay).isBefore(oldest));
  }

  KeyUsage own(ApiKey key, LocalDate day) {
    Seen seen = byKeyDay.getOrDefault(keyDay(key, day), Map.of()).get(instance);
    return seen == null
        ? KeyUsage.NONE
        : new KeyUsage(seen.usage().getUnitsUsed(), seen.usage().getCallsByMethod());
  }

  /**
   * Other instances' usage; those whose last record arrived after {@code activeSince} are active.
   */
  SharedUsage others(ApiKey key, LocalDate day, Instant activeSince) {
    long units = 0;
    int instances = 0;
    int active = 0;
    for (Map.Entry<String, Seen> entry :
        byKeyDay.getOrDefault(keyDay(key, day), Map.of()).entrySet()) {
      if (!entry.getKey().equals(instance)) {
        units += entry.getValue().usage().getUnitsUsed();
        instances++;
        active += entry.getValue().receivedAt().isAfter(activeSince) ? 1 : 0;
      }
    }
    return new SharedUsage(units, instances, active);
  }

  private static Map<String, Seen> remove(Map<String, Seen> map, String writer) {
    map.remove(writer);
    return map.isEmpty() ? null : map;
  }

  /** A record and when this instance read it. */
  private record Seen(ApiKeyUsage usage, Instant receivedAt) {}

  private static String keyDay(ApiKey key, LocalDate day) {
    return TopicKeys.apiKeyUsage(key.provider(), key.alias(), day);
  }

  private static LocalDate dayOf(String keyDay) {
    return LocalDate.parse(keyDay.substring(keyDay.lastIndexOf(SEPARATOR) + 1));
  }
}
