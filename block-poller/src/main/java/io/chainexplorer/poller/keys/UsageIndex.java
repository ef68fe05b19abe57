package io.chainexplorer.poller.keys;

import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.poller.keys.UsageLedger.KeyUsage;
import io.chainexplorer.poller.keys.UsageLedger.SharedUsage;
import io.chainexplorer.schemas.topics.TopicKeys;
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
  private final Map<String, Map<String, ApiKeyUsage>> byKeyDay = new ConcurrentHashMap<>();

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
  void apply(String recordKey, ApiKeyUsage value) {
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
    byKeyDay.computeIfAbsent(keyDay, k -> new ConcurrentHashMap<>()).put(writer, value);
  }

  /** Drops every day before {@code oldest}: budgets of past days no longer matter. */
  void forgetBefore(LocalDate oldest) {
    byKeyDay.keySet().removeIf(keyDay -> dayOf(keyDay).isBefore(oldest));
  }

  KeyUsage own(ApiKey key, LocalDate day) {
    ApiKeyUsage usage = byKeyDay.getOrDefault(keyDay(key, day), Map.of()).get(instance);
    return usage == null
        ? KeyUsage.NONE
        : new KeyUsage(usage.getUnitsUsed(), usage.getCallsByMethod());
  }

  SharedUsage others(ApiKey key, LocalDate day) {
    long units = 0;
    int instances = 0;
    for (Map.Entry<String, ApiKeyUsage> entry :
        byKeyDay.getOrDefault(keyDay(key, day), Map.of()).entrySet()) {
      if (!entry.getKey().equals(instance)) {
        units += entry.getValue().getUnitsUsed();
        instances++;
      }
    }
    return new SharedUsage(units, instances);
  }

  private static Map<String, ApiKeyUsage> remove(Map<String, ApiKeyUsage> map, String writer) {
    map.remove(writer);
    return map.isEmpty() ? null : map;
  }

  private static String keyDay(ApiKey key, LocalDate day) {
    return TopicKeys.apiKeyUsage(key.provider(), key.alias(), day);
  }

  private static LocalDate dayOf(String keyDay) {
    return LocalDate.parse(keyDay.substring(keyDay.lastIndexOf(SEPARATOR) + 1));
  }
}
