package io.chainexplorer.devstack.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chains {@code run} knows: the local devnet (an embedded anvil and its traffic) or a public
 * chain reached through providers whose keys come from the environment ({@code .env}).
 */
public enum Network {
  devnet("devnet", 31_337, 1_000, 2),
  mainnet("eth-mainnet", 1, 12_000, 12),
  sepolia("eth-sepolia", 11_155_111, 12_000, 12);

  /** Environment variable with Infura keys as alias=key pairs separated by commas. */
  public static final String INFURA_KEYS = "INFURA_API_KEYS";

  /** Environment variable with Alchemy keys as alias=key pairs separated by commas. */
  public static final String ALCHEMY_KEYS = "ALCHEMY_API_KEYS";

  private static final int DEVNET_CALLS_PER_SECOND = 500;
  private static final long DEVNET_CALLS_PER_DAY = 1_000_000_000L;

  private final String chainName;
  private final long chainId;
  private final long blockTimeMs;
  private final int confirmations;

  Network(String chainName, long chainId, long blockTimeMs, int confirmations) {
    this.chainName = chainName;
    this.chainId = chainId;
    this.blockTimeMs = blockTimeMs;
    this.confirmations = confirmations;
  }

  public String chainName() {
    return chainName;
  }

  public long chainId() {
    return chainId;
  }

  /** The chain's block interval, which the devnet's node mines at. */
  public Duration blockTime() {
    return Duration.ofMillis(blockTimeMs);
  }

  public boolean isDevnet() {
    return this == devnet;
  }

  /** The network whose chain id this is, if {@code run} knows it. */
  public static Optional<Network> ofChainId(long chainId) {
    for (Network network : values()) {
      if (network.chainId == chainId) {
        return Optional.of(network);
      }
    }
    return Optional.empty();
  }

  /**
   * The poller's settings of this chain: name, id, pace, confirmations and, for public chains, one
   * provider section per provider whose keys variable is set (keys stay in the environment).
   */
  public Map<String, String> pollerSettings(Map<String, String> environment) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("chain.id", Long.toString(chainId));
    settings.put("block.time.ms", Long.toString(blockTimeMs));
    settings.put("confirmations", Integer.toString(confirmations));
    if (isDevnet()) {
      // The devnet's node is our own: a free plan's 10 calls/s would make a backfill of a long
      // devnet chain crawl, and its 100,000 calls a day would run out within a day at the head.
      settings.put("rpc.rate.per.second", Integer.toString(DEVNET_CALLS_PER_SECOND));
      settings.put("rpc.daily.budget", Long.toString(DEVNET_CALLS_PER_DAY));
      // Our own node bills nothing for traces; paid providers keep the default, off.
      settings.put("traces.enabled", "true");
    } else {
      provider(settings, environment, "infura", INFURA_KEYS, infuraUrl());
      provider(settings, environment, "alchemy", ALCHEMY_KEYS, alchemyUrl());
    }
    return settings;
  }

  /** True when the environment names at least one provider key of this chain. */
  public boolean hasProviderKeys(Map<String, String> environment) {
    return !environment.getOrDefault(INFURA_KEYS, "").isBlank()
        || !environment.getOrDefault(ALCHEMY_KEYS, "").isBlank();
  }

  private static void provider(
      Map<String, String> settings,
      Map<String, String> environment,
      String name,
      String keysVariable,
      String urlTemplate) {
    if (environment.getOrDefault(keysVariable, "").isBlank()) {
      return;
    }
    String prefix = "provider." + name + ".";
    settings.put(prefix + "url.template", urlTemplate);
    settings.put(prefix + "profile", name);
    settings.put(prefix + "keys.env", keysVariable);
  }

  private String infuraUrl() {
    return "https://" + (this == mainnet ? "mainnet" : "sepolia") + ".infura.io/v3/${key}";
  }

  private String alchemyUrl() {
    return "https://eth-" + (this == mainnet ? "mainnet" : "sepolia") + ".g.alchemy.com/v2/${key}";
  }
}
