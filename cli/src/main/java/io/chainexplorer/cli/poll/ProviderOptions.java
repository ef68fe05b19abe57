package io.chainexplorer.cli.poll;

import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.config.ProviderConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The node-provider option of a command that fetches blocks like the poller: the poller's
 * configuration (file, environment, {@code --set}, {@code provider.<name>.*} sections) with {@code
 * --rpc-url} on top.
 */
public final class ProviderOptions {

  @Option(
      names = "--rpc-url",
      paramLabel = "URL",
      description =
          "JSON-RPC endpoint of a node provider (http or https); repeatable; replaces rpc.urls."
              + " Treated as a secret: logs show only its scheme, host and alias.")
  List<String> rpcUrls = new ArrayList<>();

  /** The poller's configuration with these options applied over {@code options}. */
  public PollerConfig load(ConfigOptions options) {
    return load(options, Map.of());
  }

  /**
   * As {@link #load(ConfigOptions)}, then {@code settings}: a command's own options that name a
   * key, which win over every other source.
   */
  public PollerConfig load(ConfigOptions options, Map<String, String> settings) {
    return load(ConfigLoader.of(PollerConfig.definition()), options, settings);
  }

  /** As {@link #load(ConfigOptions, Map)} through {@code loader} (its environment, in tests). */
  PollerConfig load(ConfigLoader loader, ConfigOptions options, Map<String, String> settings) {
    Map<String, String> overrides = new LinkedHashMap<>(options.overrides());
    if (!rpcUrls.isEmpty()) {
      overrides.put(PollerConfig.RPC_URLS, String.join(",", rpcUrls));
    }
    overrides.putAll(settings);
    return loader
        .withOpenPrefix(ProviderConfig.PREFIX)
        .withFile(options.file())
        .withOverrides(overrides)
        .load(PollerConfig::new);
  }
}
