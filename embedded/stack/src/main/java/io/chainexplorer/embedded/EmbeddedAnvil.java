package io.chainexplorer.embedded;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local EVM node (anvil from npm, chain id 31337 unless set, unlocked dev accounts) on a free
 * loopback port, mining a block every second unless configured otherwise.
 */
public final class EmbeddedAnvil implements AutoCloseable {

  /** Where {@code npm ci} installs the anvil launcher, relative to the repository root. */
  public static final String BINARY = "node_modules/.bin/anvil";

  /** Anvil's default chain id, 31337. */
  public static final String CHAIN_ID = "0x7a69";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAnvil.class);
  private static final String HOST = "127.0.0.1";
  private static final int STATE_INTERVAL_SECONDS = 5;

  private final ChildProcess process;
  private final Path workDir;
  private final URI rpcUrl;
  private final JsonRpcClient rpc;

  private final String chainId;

  private EmbeddedAnvil(ChildProcess process, Path workDir, int port, long chainId) {
    this.process = process;
    this.chainId = "0x" + Long.toHexString(chainId);
    this.workDir = workDir;
    this.rpcUrl = URI.create("http://" + HOST + ":" + port);
    this.rpc = new JsonRpcClient(rpcUrl);
  }

  /** A node mining one block per second. */
  public static EmbeddedAnvil start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The HTTP JSON-RPC endpoint, e.g. {@code http://127.0.0.1:40123}. */
  public URI rpcUrl() {
    return rpcUrl;
  }

  /**
   * A JSON-RPC client of this node, for mining control and other {@code anvil_}/{@code evm_} calls.
   */
  public JsonRpcClient rpc() {
    return rpc;
  }

  /** Mines one block now, whatever the mining mode. */
  public void mine() {
    rpc.call("evm_mine");
  }

  /** Kills the node (SIGKILL), as a provider outage would look. */
  public void kill() {
    process.kill();
  }

  @Override
  public void close() {
    process.close();
    TempDirs.deleteRecursively(workDir);
  }

  @Override
  public String toString() {
    return "anvil at " + rpcUrl;
  }

  private void awaitReady(Duration timeout) {
    process.awaitListening(rpcUrl.getPort(), timeout);
    String answered = rpc.call("eth_chainId").asText();
    if (!chainId.equals(answered)) {
      throw new IllegalStateException("anvil at " + rpcUrl + " answered chain id " + answered);
    }
  }

  /** Settings of the node; defaults: one block per second, repository root found as usual. */
  public static final class Builder {

    private Path projectRoot;
    private int blockTimeSeconds = 1;
    private boolean manualMining;
    private Path stateFile;
    private Duration startTimeout = Duration.ofSeconds(30);
    private long chainId = Long.decode(CHAIN_ID);

    private Builder() {}

    /**
     * The EIP-155 chain id the node reports and signs with (default 31337), e.g. 1 for a mainnet.
     */
    public Builder chainId(long chainId) {
      if (chainId < 1) {
        throw new IllegalArgumentException("chain id must be positive, was " + chainId);
      }
      this.chainId = chainId;
      return this;
    }

    /**
     * The checkout whose {@code node_modules} holds anvil (default: {@link ProjectPaths#root()}).
     */
    public Builder projectRoot(Path projectRoot) {
      this.projectRoot = projectRoot;
      return this;
    }

    /** Interval mining: a block every {@code seconds} (1 by default). */
    public Builder blockTime(int seconds) {
      if (seconds < 1) {
        throw new IllegalArgumentException("block time must be at least 1 s, was " + seconds);
      }
      this.blockTimeSeconds = seconds;
      this.manualMining = false;
      return this;
    }

    /** No auto or interval mining: blocks come only from {@link EmbeddedAnvil#mine()}. */
    public Builder manualMining() {
      this.manualMining = true;
      return this;
    }

    /**
     * Keeps the chain in {@code file}: loaded at start when it exists, written every few seconds
     * and on exit (anvil's {@code --state}), so a restarted node resumes its blocks and balances.
     */
    public Builder stateFile(Path file) {
      this.stateFile = file;
      return this;
    }

    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    /** Starts anvil and waits until it answers {@code eth_chainId}. */
    public EmbeddedAnvil start() {
      Path root = projectRoot != null ? projectRoot : ProjectPaths.root();
      Path binary = root.resolve(BINARY);
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(
            binary + " is missing: run `npm ci --ignore-scripts` at the repository root " + root);
      }
      int port = FreePorts.next();
      Path workDir = TempDirs.create("anvil");
      ChildProcess child =
          ChildProcess.start("anvil", command(binary, port), workDir, workDir.resolve("anvil.log"));
      EmbeddedAnvil anvil = new EmbeddedAnvil(child, workDir, port, chainId);
      try {
        anvil.awaitReady(startTimeout);
      } catch (RuntimeException e) {
        child.close(); // the work dir stays: its log says why anvil did not come up
        throw e;
      }
      LOG.info("anvil ready at {} ({})", anvil.rpcUrl, miningMode());
      return anvil;
    }

    private List<String> command(Path binary, int port) {
      List<String> command = new ArrayList<>();
      command.add(binary.toString());
      command.add("--host");
      command.add(HOST);
      command.add("--port");
      command.add(Integer.toString(port));
      if (manualMining) {
        command.add("--no-mining");
      } else {
        command.add("--block-time");
        command.add(Integer.toString(blockTimeSeconds));
      }
      if (stateFile != null) {
        command.add("--state");
        command.add(stateFile.toString());
        command.add("--state-interval");
        command.add(Integer.toString(STATE_INTERVAL_SECONDS));
        command.add("--preserve-historical-states");
      }
      command.add("--chain-id");
      command.add(Long.toString(chainId));
      command.add("--silent");
      return command;
    }

    private String miningMode() {
      return manualMining ? "manual mining" : "a block every " + blockTimeSeconds + " s";
    }
  }
}
