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
import java.util.Set;
import java.util.TreeSet;
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
 *
 * <p>An open prefix (for example {@code provider.}) admits keys the definition cannot list in
 * advance, such as one section per configured provider; the app validates them with its own nested
 * definition. Their environment variables are found by prefix: {@code
 * CHAIN_EXPLORER_PROVIDER_INFURA_DAILY_BUDGET} sets {@code provider.infura.daily.budget}, so names
 * inside an open prefix use letters and digits only.
 */
public final class ConfigLoader {

  public static final String ENV_PREFIX = "CHAIN_EXPLORER_";

  private final ConfigDef definition;
  private final Path file;
  private final Map<String, String> environment;
  private final Map<String, String> overrides;
  private final Set<String> openPrefixes;

  private ConfigLoader(
      ConfigDef definition,
      Path file,
      Map<String, String> environment,
      Map<String, String> overrides,
      Set<String> openPrefixes) {
    this.definition = definition;
    this.file = file;
    this.environment = environment;
    this.overrides = overrides;
    this.openPrefixes = openPrefixes;
  }

  /** A loader of {@code definition} reading the process environment, no file, no overrides. */
  public static ConfigLoader of(ConfigDef definition) {
    return new ConfigLoader(definition, null, System.getenv(), Map.of(), Set.of());
  }

  /** The environment variable that sets {@code key}. */
  public static String envVar(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /** Reads this properties file (UTF-8) between the defaults and the environment; null: none. */
  public ConfigLoader withFile(Path propertiesFile) {
    return new ConfigLoader(definition, propertiesFile, environment, overrides, openPrefixes);
  }

  /** Uses this map instead of the process environment. */
  public ConfigLoader withEnvironment(Map<String, String> variables) {
    return new ConfigLoader(definition, file, Map.copyOf(variables), overrides, openPrefixes);
  }

  /** Overrides that win over every other source, as given on the command line. */
  public ConfigLoader withOverrides(Map<String, String> values) {
    return new ConfigLoader(
        definition, file, environment, new LinkedHashMap<>(values), openPrefixes);
  }

  /**
   * Admits keys under {@code prefix} (ending with a dot) that the definition does not declare; they
   * are passed on unchecked for the app's nested definition to validate.
   */
  public ConfigLoader withOpenPrefix(String prefix) {
    if (!prefix.endsWith(".") || prefix.length() < 2) {
      throw new IllegalArgumentException("an open prefix ends with a dot: " + prefix);
    }
    Set<String> prefixes = new TreeSet<>(openPrefixes);
    prefixes.add(prefix);
    return new ConfigLoader(definition, file, environment, overrides, Set.copyOf(prefixes));
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
    readOpenPrefixedEnvironment(merged);
    overrides.forEach((key, value) -> put(merged, key, value, "command-line override"));
    Map<String, String> values = new LinkedHashMap<>();
    merged.forEach(
        (key, sourced) -> {
          ConfigKey declared = definition.configKeys().get(key);
          if (declared != null) {
            check(declared, sourced);
          }
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

  private void readOpenPrefixedEnvironment(Map<String, SourcedValue> merged) {
    for (String prefix : openPrefixes) {
      String envPrefix = envVar(prefix);
      environment.keySet().stream()
          .filter(name -> name.startsWith(envPrefix) && name.length() > envPrefix.length())
          .sorted()
          .forEach(
              name ->
                  merged.put(
                      prefix
                          + name.substring(envPrefix.length())
                              .toLowerCase(Locale.ROOT)
                              .replace('_', '.'),
                      new SourcedValue(environment.get(name), "environment variable " + name)));
    }
  }

  private boolean isOpen(String key) {
    return openPrefixes.stream()
        .anyMatch(prefix -> key.startsWith(prefix) && key.length() > prefix.length());
  }

  private void put(Map<String, SourcedValue> merged, String key, String value, String source) {
    if (!definition.names().contains(key) && !isOpen(key)) {
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
