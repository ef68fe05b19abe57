package io.chainexplorer.devstack.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What an {@link EmbeddedPipeline} runs: the chain, where its data lives, the node endpoints (none:
 * an embedded anvil on the devnet), the environment handed to the poller (provider keys), and
 * either head following or a finite range.
 *
 * @param chain the chain, whose name is the namespace of every topic
 * @param rpcUrls node endpoints; secrets, passed to the poller through its environment only
 * @param environment variables added to the poller's environment (a {@code .env}'s provider keys)
 * @param startBlock first block of a finite range, or the first block followed when no cursor
 * @param endBlock last block of a finite range (included); empty: follow the head
 * @param metricsPort the supervisor's metrics port (0: a free one)
 */
public record PipelineSettings(
    RunChain chain,
    Path dataDir,
    List<String> rpcUrls,
    Map<String, String> environment,
    OptionalLong startBlock,
    OptionalLong endBlock,
    int metricsPort) {

  public PipelineSettings {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(dataDir, "dataDir");
    rpcUrls = List.copyOf(rpcUrls);
    environment = Map.copyOf(environment);
    if (endBlock.isPresent() && startBlock.isEmpty()) {
      throw new IllegalArgumentException("a finite range needs its first block");
    }
    if (endBlock.isPresent() && endBlock.getAsLong() < startBlock.getAsLong()) {
      throw new IllegalArgumentException(
          "the range ends (" + endBlock.getAsLong() + ") before it starts");
    }
  }

  /** As the canonical constructor, on a network {@code run} knows. */
  public PipelineSettings(
      Network network,
      Path dataDir,
      List<String> rpcUrls,
      Map<String, String> environment,
      OptionalLong startBlock,
      OptionalLong endBlock,
      int metricsPort) {
    this(RunChain.of(network), dataDir, rpcUrls, environment, startBlock, endBlock, metricsPort);
  }

  /** Head following on the devnet in {@code dataDir}. */
  public static PipelineSettings devnet(Path dataDir) {
    return new PipelineSettings(
        Network.devnet,
        dataDir,
        List.of(),
        Map.of(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        0);
  }

  /** True when blocks come from an embedded anvil rather than configured endpoints or keys. */
  public boolean embeddedNode() {
    return chain.isDevnet() && rpcUrls.isEmpty();
  }

  /** True for a finite range, which the poller's backfill publishes before it exits. */
  public boolean finite() {
    return endBlock.isPresent();
  }

  public String chainName() {
    return chain.name();
  }
}
