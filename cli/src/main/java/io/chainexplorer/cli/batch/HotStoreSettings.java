package io.chainexplorer.cli.batch;

import io.chainexplorer.batchserving.BatchServingConfig;
import io.chainexplorer.cql.CqlEndpointConfig;
import io.chainexplorer.platform.config.ConfigLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The hot store a batch run loads its views into, in {@link BatchServingConfig}'s keys (the
 * ScyllaDB sink's): from a properties file, {@code CHAIN_EXPLORER_SCYLLA_*} environment variables
 * and {@code --set} overrides. There is one only when {@code scylla.contact.points} is given.
 */
public final class HotStoreSettings {

  private final Map<String, String> values;

  private HotStoreSettings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * The hot store {@code file} (or null), {@code environment} and {@code overrides} configure, or
   * none when they give no contact points.
   *
   * @throws ConfigException naming an invalid key, or a password given as an override
   */
  public static Optional<HotStoreSettings> load(
      Path file, Map<String, String> environment, Map<String, String> overrides) {
    for (String key : overrides.keySet()) {
      ConfigDef.ConfigKey declared = BatchServingConfig.DEFINITION.configKeys().get(key);
      if (declared != null && declared.type == ConfigDef.Type.PASSWORD) {
        // a command line is visible to every local user: secrets come from the file or environment
        throw new ConfigException(key + " is a secret: give it in the file or the environment");
      }
    }
    Map<String, String> resolved =
        ConfigLoader.of(definition())
            .withFile(file)
            .withEnvironment(environment)
            .withOverrides(overrides)
            .resolve();
    if (!resolved.containsKey(CqlEndpointConfig.CONTACT_POINTS)) {
      return Optional.empty();
    }
    return Optional.of(new HotStoreSettings(resolved));
  }

  /** The serving side's keys but its output directory, which is the batch run's {@code out}. */
  public static ConfigDef definition() {
    ConfigDef keys = new ConfigDef();
    BatchServingConfig.DEFINITION.configKeys().values().stream()
        .filter(key -> !key.name.equals(BatchServingConfig.OUTPUT_DIR))
        .forEach(keys::define);
    return keys;
  }

  /** Those of {@code settings} that are hot-store keys. */
  public static Map<String, String> keysIn(Map<String, String> settings) {
    Map<String, String> keys = new LinkedHashMap<>(settings);
    keys.keySet().retainAll(definition().names());
    return keys;
  }

  /** The serving configuration for the views in {@code outputDir}. */
  public BatchServingConfig forOutput(Path outputDir) {
    Map<String, String> properties = new LinkedHashMap<>(values);
    properties.put(BatchServingConfig.OUTPUT_DIR, outputDir.toString());
    return new BatchServingConfig(properties);
  }
}
