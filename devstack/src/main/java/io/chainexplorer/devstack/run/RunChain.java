package io.chainexplorer.devstack.run;

import io.chainexplorer.schemas.topics.ChainName;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The chain a run works on: its name (the namespace of its topics and the name of its data
 * directory), its EIP-155 id, and the {@link Network} it is, when {@code run} knows it. A chain it
 * does not know is named {@code chain-<id>} and polled at a public chain's pace, through the given
 * endpoints only.
 */
public final class RunChain {

  private static final long UNKNOWN_BLOCK_TIME_MS = 12_000;
  private static final int UNKNOWN_CONFIRMATIONS = 12;

  private final String name;
  private final long id;
  private final Network network;

  private RunChain(String name, long id, Network network) {
    this.name = ChainName.of(name).value();
    this.id = id;
    this.network = network;
  }

  /** A network {@code run} knows. */
  public static RunChain of(Network network) {
    Objects.requireNonNull(network, "network");
    return new RunChain(network.chainName(), network.chainId(), network);
  }

  /**
   * The chain behind an {@code eth_chainId} answer: 1 is eth-mainnet, 11155111 eth-sepolia, 31337
   * the devnet, any other id {@code chain-<id>}.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public static RunChain ofChainId(long id) {
    if (id < 1) {
      throw new IllegalArgumentException("a chain id is positive, the node answered " + id);
    }
    return Network.ofChainId(id).map(RunChain::of).orElseGet(() -> unknown(id));
  }

  /**
   * The chain the run's endpoints serve, by its chain id, which {@code network} (when given) must
   * be: one run's topics and data hold one chain.
   */
  public static RunChain served(long chainId, Network network) {
    RunChain served = ofChainId(chainId);
    if (network != null && network.chainId() != served.id()) {
      throw new IllegalArgumentException(
          "--network "
              + network
              + " is chain id "
              + network.chainId()
              + " but --rpc-url serves chain id "
              + served.id()
              + " ("
              + served.name()
              + "): one run's topics and data hold one chain");
    }
    return served;
  }

  private static RunChain unknown(long id) {
    return new RunChain("chain-" + id, id, null);
  }

  /** The chain's name, the first segment of every topic name (e.g. {@code eth-mainnet}). */
  public String name() {
    return name;
  }

  public long id() {
    return id;
  }

  /** The known network this chain is; empty for a {@code chain-<id>}. */
  public Optional<Network> network() {
    return Optional.ofNullable(network);
  }

  public boolean isDevnet() {
    return network == Network.devnet;
  }

  /**
   * The name of the chain's default data directory under {@code run-data}: the network's own
   * ({@code devnet}, {@code mainnet}, {@code sepolia}) or the chain's name.
   */
  public String dataDirName() {
    return network == null ? name : network.name();
  }

  /** The chain's block interval, which the poller paces itself by. */
  public Duration blockTime() {
    return network == null ? Duration.ofMillis(UNKNOWN_BLOCK_TIME_MS) : network.blockTime();
  }

  /**
   * The poller's settings of this chain: the network's, or for a {@code chain-<id>} its id, a
   * public chain's pace and confirmations, and no provider of its own.
   */
  public Map<String, String> pollerSettings(Map<String, String> environment) {
    if (network != null) {
      return network.pollerSettings(environment);
    }
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("chain.id", Long.toString(id));
    settings.put("block.time.ms", Long.toString(UNKNOWN_BLOCK_TIME_MS));
    settings.put("confirmations", Integer.toString(UNKNOWN_CONFIRMATIONS));
    return settings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunChain that
        && that.name.equals(name)
        && that.id == id
        && that.network == network;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, id, network);
  }

  @Override
  public String toString() {
    return name + " (chain id " + id + ")";
  }
}
