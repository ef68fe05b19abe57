package io.chainexplorer.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;

/**
 * Merges configuration in increasing precedence: defaults &lt; properties file &lt; environment
 * variables &lt; command-line overrides; unknown keys and invalid values fail naming key and
 * source.
 *
 * <p>A key maps to the environment variable {@code CHAIN_EXPLORER_} + the key upper-cased with
 * every character other than a letter or digit replaced by {@code _}: {@code
 * kafka.bootstrap.servers} is read from {@code CHAIN_EXPLORER_KAFKA_BOOTSTRAP_SERVERS}. Only the
 * variables of declared keys are read, so unrelated variables never fail a start. Instances are
 * immutable.
 */
public final class ConfigLoader {

  public static final String ENV_PREFIX = "CHAIN_EXPLORER_";

  private final ConfigDef definition;
  private final Path file;
  private final Map<String, String> environment;
  private final Map<String, String> overrides;

  private ConfigLoader(
      ConfigDef definition,
      Path file,
      Map<String, String> environment,
      Map<String, String> overrides) {
    this.definition = definition;
    this.file = file;
    this.environment = environment;
    this.overrides = overrides;
  }

  /** A loader of {@code definition} reading the process environment, no file, no overrides. */
  public static ConfigLoader of(ConfigDef definition) {
    return new ConfigLoader(definition, null, System.getenv(), Map.of());
  }

  /** The environment variable that sets {@code key}. */
  public static String envVar(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** Reads this properties file (UTF-8) between the defaults and the environment; null: none. */
  public ConfigLoader withFile(Path propertiesFile) {
    return new ConfigLoader(definition, propertiesFile, environment, overrides);
  }

  /** Uses this map instead of the process environment. */
  public ConfigLoader withEnvironment(Map<String, String> variables) {
    return new ConfigLoader(definition, file, Map.copyOf(variables), overrides);
  }

  /** Overrides that win over every other source, as given on the command line. */
  public ConfigLoader withOverrides(Map<String, String> values) {
    return new ConfigLoader(definition, file, environment, new LinkedHashMap<>(values));
  }

  /**
   * The merged values that differ from the defaults, each checked against its key's type and
   * validator.
   *
   * @throws ConfigException naming the key and the source of an unknown key or invalid value
   */
  public Map<String, String> resolve() {
    Map<String, SourcedValue> merged = new LinkedHashMap<>();
    if (file != null) {
      readFile().forEach((key, value) -> put(merged, key, value, "file " + file.getFileName()));
    }
    for (String key : definition.names()) {
      String value = environment.get(envVar(key));
      if (value != null) {
        merged.put(key, new SourcedValue(value, "environment variable " + envVar(key)));
      }
    }
    overrides.forEach((key, value) -> put(merged, key, value, "command-line override"));
    Map<String, String> values = new LinkedHashMap<>();
    merged.forEach(
        (key, sourced) -> {
          check(definition.configKeys().get(key), sourced);
          values.put(key, sourced.value());
        });
    return values;
  }

  /** Resolves and builds the typed configuration, which adds its own cross-field checks. */
  public <T> T load(Function<Map<String, String>, T> factory) {
    return factory.apply(resolve());
  }

  private Map<String, String> readFile() {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("configuration file " + file + " does not exist");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(key -> values.put(key, properties.getProperty(key)));
    return values;
  }

  private void put(Map<String, SourcedValue> merged, String key, String value, String source) {
    if (!definition.names().contains(key)) {
      throw new ConfigException("Unknown configuration key '" + key + "' in " + source);
    }
    merged.put(key, new SourcedValue(value, source));
  }

  private static void check(ConfigKey key, SourcedValue sourced) {
    try {
      Object parsed = ConfigDef.parseType(key.name, sourced.value(), key.type);
      if (key.validator != null) {
        key.validator.ensureValid(key.name, parsed);
      }
    } catch (ConfigException e) {
      throw new ConfigException(
          mask(key, sourced, e.getMessage()) + " (from " + sourced.source() + ")");
    }
  }

  private static String mask(ConfigKey key, SourcedValue sourced, String message) {
    String trimmed = sourced.value().trim();
    if (key.type != ConfigDef.Type.PASSWORD || trimmed.isEmpty()) {
      return message;
    }
    return message.replace(trimmed, "[hidden]");
  }

  private record SourcedValue(String value, String source) {}
}
