package io.chainexplorer.platform.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a service's effective configuration once at start-up, passwords as {@code [hidden]}. */
public final class ConfigLog {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigLog.class);

  private ConfigLog() {}

  /** Logs every key and its effective value at INFO, sorted by key. */
  public static void logEffective(AbstractConfig config) {
    if (LOG.isInfoEnabled()) {
      LOG.info(
          "effective configuration ({}):{}", config.getClass().getSimpleName(), render(config));
    }
  }

  /** Every key as an indented line {@code key = value}, each after a line break. */
  public static String render(AbstractConfig config) {
    return lines(config).stream()
        .map(line -> System.lineSeparator() + "  " + line)
        .collect(Collectors.joining());
  }

  /** One {@code key = value} per key, sorted by key, passwords masked. */
  public static List<String> lines(AbstractConfig config) {
    Map<String, ?> sorted = new TreeMap<>(config.values());
    return sorted.entrySet().stream()
        .map(entry -> entry.getKey() + " = " + show(entry.getValue()))
        .toList();
  }

  private static String show(Object value) {
    if (value instanceof Password) {
      return Password.HIDDEN;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return value == null ? "" : String.valueOf(value);
  }
}
