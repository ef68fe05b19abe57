package io.chainexplorer.devstack.run;

import io.chainexplorer.cli.config.ConfiguredApp;
import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.platform.config.StreamsServiceConfig;
import io.chainexplorer.poller.config.PollerConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;

/**
 * Settings a user gives the apps that {@code run} starts ({@code --set app.key=value} and per-app
 * configuration files), each checked at start against that app's definition. The keys through which
 * the pipeline connects its apps are its own and cannot be set.
 */
public final class AppSettings {

  /**
   * Keys {@code run} sets itself: where the infrastructure is, names, ports, state, and what its
   * own options set (node URLs through the poller's environment, never a file: --rpc-url; the first
   * block: --start-block).
   */
  static final Set<String> PIPELINE_KEYS =
      Set.of(
          PollerConfig.RPC_URLS,
          PollerConfig.START_BLOCK,
          ServiceConfig.CHAIN_NAME,
          ServiceConfig.KAFKA_BOOTSTRAP_SERVERS,
          ServiceConfig.SCHEMA_REGISTRY_URL,
          ServiceConfig.METRICS_HOST,
          ServiceConfig.METRICS_PORT,
          StreamsServiceConfig.APPLICATION_ID,
          StreamsServiceConfig.STATE_DIR);

  private static final AppSettings NONE = new AppSettings(Map.of());

  private final Map<ConfiguredApp, Map<String, String>> byApp;

  private AppSettings(Map<ConfiguredApp, Map<String, String>> byApp) {
    this.byApp = Map.copyOf(byApp);
  }

  /** No settings: every app runs with the pipeline's. */
  public static AppSettings none() {
    return NONE;
  }

  /**
   * Checks and collects settings; later ones replace earlier ones of the same app and key.
   *
   * @param settings {@code <app>.<key>} to value, {@code <app>} an app's name such as {@code
   *     block-poller}
   * @throws IllegalArgumentException naming the first setting that is not a valid one
   */
  public static AppSettings of(Map<String, String> settings) {
    Map<ConfiguredApp, Map<String, String>> byApp = new LinkedHashMap<>();
    settings.forEach(
        (name, value) -> {
          int dot = name.indexOf('.');
          ConfiguredApp app = app(dot < 0 ? name : name.substring(0, dot), name);
          String key = name.substring(dot + 1);
          check(app, key, value);
          byApp.computeIfAbsent(app, a -> new LinkedHashMap<>()).put(key, value);
        });
    return new AppSettings(byApp);
  }

  /**
   * Settings from per-app configuration files (properties files of that app's keys) and then from
   * single settings, which win over the files.
   *
   * @param files app name to its file
   * @param settings {@code <app>.<key>} to value, as for {@link #of(Map)}
   */
  public static AppSettings of(Map<String, Path> files, Map<String, String> settings) {
    Map<String, String> all = new LinkedHashMap<>();
    files.forEach((id, file) -> read(file).forEach((key, value) -> all.put(id + "." + key, value)));
    all.putAll(settings);
    return of(all);
  }

  /** The settings of one app, key to value; empty when there are none. */
  public Map<String, String> of(ConfiguredApp app) {
    return byApp.getOrDefault(app, Map.of());
  }

  /** Every setting as {@code <app>.<key>=<value>} lines, for the banner. */
  public List<String> lines() {
    return byApp.entrySet().stream()
        .flatMap(
            app ->
                app.getValue().entrySet().stream()
                    .map(e -> app.getKey().id() + "." + e.getKey() + "=" + shown(app.getKey(), e)))
        .toList();
  }

  private static Map<String, String> read(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read app configuration " + file, e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(key -> values.put(key, properties.getProperty(key)));
    return values;
  }

  private static ConfiguredApp app(String id, String name) {
    try {
      return ConfiguredApp.of(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + ": no app named " + id + "; one of " + List.of(ConfiguredApp.values()));
    }
  }

  private static void check(ConfiguredApp app, String key, String value) {
    String name = app.id() + "." + key;
    if (PIPELINE_KEYS.contains(key)) {
      throw new IllegalArgumentException(name + " is set by run itself and cannot be changed");
    }
    ConfigKey definition = app.definition().configKeys().get(key);
    if (definition == null) {
      throw new IllegalArgumentException(name + ": " + app.id() + " has no setting " + key);
    }
    try {
      Object parsed = ConfigDef.parseType(key, value, definition.type);
      if (definition.validator != null) {
        definition.validator.ensureValid(key, parsed);
      }
    } catch (ConfigException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static String shown(ConfiguredApp app, Map.Entry<String, String> setting) {
    ConfigKey definition = app.definition().configKeys().get(setting.getKey());
    return definition.type == ConfigDef.Type.PASSWORD ? "[hidden]" : setting.getValue();
  }
}
