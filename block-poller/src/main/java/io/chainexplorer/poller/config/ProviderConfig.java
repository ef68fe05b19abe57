package io.chainexplorer.poller.config;

import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.KeySources;
import io.chainexplorer.poller.keys.MethodWeights;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.ProviderProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * One node provider's section, keys under {@code provider.<name>.}: URL template, profile whose
 * published defaults apply, overrides of rate, budget and method weights, and where its API keys
 * are read from.
 */
public final class ProviderConfig extends AbstractConfig {

  public static final String PREFIX = "provider.";
  public static final String URL_TEMPLATE = "url.template";
  public static final String PROFILE = "profile";
  public static final String RATE_PER_SECOND = "rate.per.second";
  public static final String DAILY_BUDGET = "daily.budget";
  public static final String METHOD_WEIGHTS = "method.weights";
  public static final String KEYS_FILE = "keys.file";
  public static final String KEYS_ENV = "keys.env";
  public static final String SECRETS_DIR = "secrets.dir";

  private static final ConfigDef DEFINITION =
      new ConfigDef()
          .define(
              URL_TEMPLATE,
              Type.PASSWORD,
              ConfigDef.NO_DEFAULT_VALUE,
              Importance.HIGH,
              "Endpoint URL with ${key} where each API key goes (https://mainnet.infura.io/v3/"
                  + "${key}); a URL without ${key} is one keyless endpoint. Secret: a plain URL"
                  + " often embeds a key.")
          .define(
              PROFILE,
              Type.STRING,
              "generic",
              ConfigDef.ValidString.in("infura", "alchemy", "quicknode", "generic"),
              Importance.HIGH,
              "Published billing defaults: infura (credits, 500/s, 3M a day), alchemy (compute"
                  + " units, 330/s, 1M a day), quicknode (20 credits a call, 300/s, 333,333 a"
                  + " day), generic (1 unit a call, 10/s, 100,000 a day).")
          .define(
              RATE_PER_SECOND,
              Type.DOUBLE,
              null,
              Importance.MEDIUM,
              "Units each key may spend per second; empty: the profile's.")
          .define(
              DAILY_BUDGET,
              Type.LONG,
              null,
              Importance.MEDIUM,
              "Units each key may spend per UTC day (reset at 00:00 UTC); empty: the profile's.")
          .define(
              METHOD_WEIGHTS,
              Type.STRING,
              "",
              Importance.MEDIUM,
              "Units per method overriding the profile's, as method:units pairs separated by"
                  + " commas (eth_getLogs:60,eth_getBlockByNumber:20); batch members are charged"
                  + " one by one.")
          .define(
              KEYS_FILE,
              Type.STRING,
              "",
              Importance.MEDIUM,
              "Properties file of the provider's keys, alias=key per line; empty: none.")
          .define(
              KEYS_ENV,
              Type.STRING,
              "",
              Importance.MEDIUM,
              "Environment variable holding the provider's keys as alias=key pairs separated by"
                  + " commas; empty: none.")
          .define(
              SECRETS_DIR,
              Type.STRING,
              "",
              Importance.MEDIUM,
              "Directory of Docker secrets holding the provider's keys, one file per key named"
                  + " after its alias; empty or absent: none.");

  private final String name;

  private ProviderConfig(String name, Map<String, ?> section) {
    super(DEFINITION, section, false);
    this.name = name;
  }

  /** The section of provider {@code name} in the whole configuration's {@code originals}. */
  public static ProviderConfig of(String name, Map<String, ?> originals) {
    String prefix = PREFIX + name + ".";
    Map<String, Object> section = new HashMap<>();
    originals.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            section.put(key.substring(prefix.length()), value);
          }
        });
    try {
      return new ProviderConfig(name, section);
    } catch (ConfigException e) {
      throw new ConfigException("provider " + name + ": " + e.getMessage());
    }
  }

  /** The provider names that have a section in {@code originals}, sorted. */
  public static Set<String> names(Map<String, ?> originals) {
    Set<String> names = new TreeSet<>();
    for (String key : originals.keySet()) {
      if (key.startsWith(PREFIX)) {
        String rest = key.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot > 0) {
          names.add(rest.substring(0, dot));
        }
      }
    }
    return names;
  }

  /** The section's keys prefixed with {@code provider.<name>.}, for loaders and references. */
  public static ConfigDef definitionFor(String name) {
    ConfigDef prefixed = new ConfigDef();
    prefixed.embed(PREFIX + name + ".", name, 0, DEFINITION);
    return prefixed;
  }

  /** The provider: the profile's defaults with this section's overrides. */
  public Provider provider() {
    ProviderProfile profile = ProviderProfile.named(getString(PROFILE));
    Double rate = getDouble(RATE_PER_SECOND);
    Long budget = getLong(DAILY_BUDGET);
    try {
      MethodWeights weights =
          profile.weights().with(MethodWeights.parse(getString(METHOD_WEIGHTS)));
      return new Provider(
          name,
          getPassword(URL_TEMPLATE).value().trim(),
          weights,
          rate == null ? profile.unitsPerSecond() : rate,
          budget == null ? profile.dailyBudget() : budget);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("provider " + name + ": " + e.getMessage());
    }
  }

  /**
   * The provider's keys from its file, variable and secrets directory; for a URL without {@code
   * ${key}}, its one keyless endpoint named {@code <name>@<host>}.
   */
  public List<ApiKey> keys(Map<String, String> environment) {
    Provider provider = provider();
    if (!provider.templated()) {
      return List.of(ApiKey.keyless(name, name + "@" + hostOf(provider)));
    }
    List<ApiKey> keys = new ArrayList<>();
    String file = getString(KEYS_FILE);
    if (!file.isBlank()) {
      keys.addAll(KeySources.fromPropertiesFile(name, Path.of(file)));
    }
    String variable = getString(KEYS_ENV);
    if (!variable.isBlank()) {
      keys.addAll(KeySources.fromEnvValue(name, variable, environment.get(variable)));
    }
    String secrets = getString(SECRETS_DIR);
    if (!secrets.isBlank()) {
      keys.addAll(KeySources.fromSecretsDir(name, Path.of(secrets)));
    }
    if (keys.isEmpty()) {
      throw new ConfigException(
          "provider "
              + name
              + " has a ${key} URL template but no key in its file, variable or"
              + " secrets directory");
    }
    return List.copyOf(keys);
  }

  private static String hostOf(Provider provider) {
    String origin = provider.safeOrigin();
    return origin.substring(origin.indexOf("://") + 3).replace(':', '_');
  }
}
