package io.chainexplorer.ops.stack;

import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.config.ProviderConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The configuration definition behind each CLI command an app service runs, and how its environment
 * is loaded and checked the way the command does at start.
 */
enum AppConfigs {
  POLL("poll", PollerConfig.definition(), ProviderConfig.PREFIX) {
    @Override
    void check(Map<String, String> values) {
      PollerConfig config = new PollerConfig(values);
      ProviderConfig.names(config.originals())
          .forEach(name -> ProviderConfig.of(name, config.originals()).provider());
    }
  },
  ENRICH("enrich", EnricherConfig.definition(), null) {
    @Override
    void check(Map<String, String> values) {
      new EnricherConfig(values);
    }
  },
  DECODE("decode", DecoderConfig.definition(), null) {
    @Override
    void check(Map<String, String> values) {
      new DecoderConfig(values);
    }
  },
  // Configured by its command-line options: no variable sets anything.
  LAG_EXPORTER("lag-exporter", new ConfigDef(), null) {
    @Override
    void check(Map<String, String> values) {
      // nothing to check: no key
    }
  };

  /** The JVM options the launcher reads: not a configuration key, documented in its script. */
  static final String JAVA_OPTS = "JAVA_OPTS";

  private final String command;
  private final ConfigDef definition;
  private final String openPrefix;

  AppConfigs(String command, ConfigDef definition, String openPrefix) {
    this.command = command;
    this.definition = definition;
    this.openPrefix = openPrefix;
  }

  static Optional<AppConfigs> forCommand(String command) {
    for (AppConfigs app : values()) {
      if (app.command.equals(command)) {
        return Optional.of(app);
      }
    }
    return Optional.empty();
  }

  ConfigDef definition() {
    return definition;
  }

  /** The variable names that set a declared key. */
  Set<String> variables() {
    return definition.names().stream().map(ConfigLoader::envVar).collect(Collectors.toSet());
  }

  /** Whether {@code variable} sets a key, declared or under the open prefix. */
  boolean reads(String variable) {
    return variables().contains(variable)
        || (openPrefix != null && variable.startsWith(ConfigLoader.envVar(openPrefix)));
  }

  /** Loads {@code environment} as the command does, then runs its start-up checks. */
  Map<String, String> load(Map<String, String> environment) {
    ConfigLoader loader = ConfigLoader.of(definition).withEnvironment(environment);
    if (openPrefix != null) {
      loader = loader.withOpenPrefix(openPrefix);
    }
    Map<String, String> values = loader.resolve();
    check(values);
    return values;
  }

  abstract void check(Map<String, String> values);
}
