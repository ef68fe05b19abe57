package io.chainexplorer.cli.verify;

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
 * The node-provider options of a command that fetches blocks like the poller: the poller's
 * configuration (file, environment, {@code --set}, {@code provider.<name>.*} sections) with {@code
 * --rpc-url} and {@code --chain} on top.
 */
public final class ProviderOptions {

  @Option(
      names = "--rpc-url",
      paramLabel = "URL",
      description =
          "JSON-RPC endpoint of a node provider (http or https); repeatable; replaces rpc.urls."
              + " A secret: logs show only its scheme, host and alias.")
  List<String> rpcUrls = new ArrayList<>();

  @Option(
      names = "--chain",
      paramLabel = "NAME",
      description = "Chain name (sets chain.name): its topics, its key usage, its cold-store tree.")
  String chain;

  /** The poller's configuration with these options applied over {@code options}. */
  public PollerConfig load(ConfigOptions options) {
    Map<String, String> overrides = new LinkedHashMap<>(options.overrides());
    if (!rpcUrls.isEmpty()) {
      overrides.put(PollerConfig.RPC_URLS, String.join(",", rpcUrls));
    }
    if (chain != null) {
      overrides.put(PollerConfig.CHAIN_NAME, chain);
    }
    return ConfigLoader.of(PollerConfig.definition())
        .withOpenPrefix(ProviderConfig.PREFIX)
        .withFile(options.file())
        .withOverrides(overrides)
        .load(PollerConfig::new);
  }
}
