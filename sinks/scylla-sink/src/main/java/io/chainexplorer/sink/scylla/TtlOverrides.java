package io.chainexplorer.sink.scylla;

import io.chainexplorer.sink.scylla.mapping.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Per-table retention from {@code ttl.overrides}: {@code table=seconds} pairs naming hot tables.
 */
final class TtlOverrides {

  private TtlOverrides() {}

  /** Seconds per table; a {@link ConfigException} on a malformed pair or an unknown table. */
  static Map<String, Integer> parse(List<String> pairs) {
    Map<String, Integer> overrides = new HashMap<>();
    for (String pair : pairs) {
      String[] parts = pair.split("=", 2);
      try {
        int seconds = Integer.parseInt(parts.length == 2 ? parts[1].trim() : "");
        if (seconds < 0) {
          throw new NumberFormatException("negative");
        }
        overrides.put(knownTable(parts[0].trim(), pair), seconds);
      } catch (NumberFormatException e) {
        throw new ConfigException(
            ScyllaSinkConfig.TTL_OVERRIDES, pair, "expected table=seconds, seconds >= 0");
      }
    }
    return Map.copyOf(overrides);
  }

  private static String knownTable(String table, String pair) {
    if (Tables.ALL.stream().noneMatch(t -> t.name().equals(table))) {
      throw new ConfigException(
          ScyllaSinkConfig.TTL_OVERRIDES, pair, "no table " + table + " in the hot schema");
    }
    return table;
  }
}
