package io.chainexplorer.poller.config;

import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.KeySources;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.ProviderProfile;
import io.chainexplorer.poller.keys.SecretUrls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * The key pool's providers and keys from the poller configuration: every {@code provider.<name>.}
 * section, plus each {@code rpc.urls} entry as a generic provider {@code rpc-<n>} when the URLs
 * were set or no section exists. A plain URL is one keyless endpoint aliased {@code
 * rpc-<n>@<host>}; a URL with {@code ${key}} takes the keys of {@code rpc.keys.file}, {@code
 * rpc.keys.env} and {@code secrets.dir}.
 */
public final class PollerKeys {

  private PollerKeys() {}

  /** Providers with their keys, in configuration order; {@code environment} holds variables. */
  public static Map<Provider, List<ApiKey>> of(
      PollerConfig config, Map<String, String> environment) {
    Map<Provider, List<ApiKey>> keys = new LinkedHashMap<>();
    Map<String, Object> originals = config.originals();
    for (String name : ProviderConfig.names(originals)) {
      ProviderConfig section = ProviderConfig.of(name, originals);
      keys.put(section.provider(), section.keys(environment));
    }
    if (keys.isEmpty() || originals.containsKey(PollerConfig.RPC_URLS)) {
      List<String> urls = config.rpcUrls();
      for (int i = 0; i < urls.size(); i++) {
        Provider provider = rpcProvider(i + 1, urls.get(i), config);
        keys.put(provider, rpcKeys(provider, i + 1, urls.get(i), config, environment));
      }
    }
    return keys;
  }

  /**
   * A plain endpoint billed one unit a call, at the configured rate and budget or a free plan's.
   */
  private static Provider rpcProvider(int index, String url, PollerConfig config) {
    ProviderProfile generic = ProviderProfile.GENERIC;
    return new Provider(
        "rpc-" + index,
        url,
        generic.weights(),
        config.rpcRatePerSecond().orElse(generic.unitsPerSecond()),
        config.rpcDailyBudget().orElse(generic.dailyBudget()));
  }

  private static List<ApiKey> rpcKeys(
      Provider provider, int index, String url, PollerConfig config, Map<String, String> env) {
    if (!provider.templated()) {
      return List.of(ApiKey.keyless(provider.name(), SecretUrls.aliasOf(index, url)));
    }
    String name = provider.name();
    List<ApiKey> keys = new ArrayList<>();
    config.rpcKeysFile().ifPresent(file -> keys.addAll(KeySources.fromPropertiesFile(name, file)));
    Optional<String> variable = config.rpcKeysEnv();
    variable.ifPresent(v -> keys.addAll(KeySources.fromEnvValue(name, v, env.get(v))));
    config.secretsDir().ifPresent(dir -> keys.addAll(KeySources.fromSecretsDir(name, dir)));
    if (keys.isEmpty()) {
      throw new ConfigException(
          PollerConfig.RPC_URLS + " entry " + index + " has ${key} but no key was configured");
    }
    return List.copyOf(keys);
  }
}
