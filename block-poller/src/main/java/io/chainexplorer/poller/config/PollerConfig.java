package io.chainexplorer.poller.config;

import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.platform.config.Validators;
import io.chainexplorer.poller.rpc.RpcSettings;
import io.chainexplorer.poller.verify.VerificationPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the block poller: JSON-RPC endpoints and keys (secrets), block cadence,
 * confirmations and reorg window, where to start, the transactional publisher, and where fetched
 * blocks are verified.
 */
public final class PollerConfig extends ServiceConfig {

  public static final String SERVICE = "block-poller";

  public static final String RPC_URLS = "rpc.urls";
  public static final String RPC_RATE_PER_SECOND = "rpc.rate.per.second";
  public static final String RPC_DAILY_BUDGET = "rpc.daily.budget";
  public static final String RPC_KEYS_FILE = "rpc.keys.file";
  public static final String RPC_KEYS_ENV = "rpc.keys.env";
  public static final String SECRETS_DIR = "secrets.dir";
  public static final String BLOCK_TIME_MS = "block.time.ms";
  public static final String CONFIRMATIONS = "confirmations";
  public static final String REORG_WINDOW_BLOCKS = "reorg.window.blocks";
  public static final String START_BLOCK = "start.block";
  public static final String PUBLISH_TRANSACTIONAL_ID = "publish.transactional.id";
  public static final String RPC_CONNECT_TIMEOUT_MS = "rpc.connect.timeout.ms";
  public static final String RPC_REQUEST_TIMEOUT_MS = "rpc.request.timeout.ms";
  public static final String RPC_RESPONSE_MAX_WIRE_BYTES = "rpc.response.max.wire.bytes";
  public static final String RPC_RESPONSE_MAX_BYTES = "rpc.response.max.bytes";
  public static final String RPC_BLOCK_MAX_TRANSACTIONS = "rpc.block.max.transactions";
  public static final String RPC_MAX_ATTEMPTS = "rpc.max.attempts";
  public static final String RPC_RECEIPTS_BATCH_SIZE = "rpc.receipts.batch.size";
  public static final String TRACES_ENABLED = "traces.enabled";

  /** Deeper reorgs than this have not happened since the merge; a smaller window would miss one. */
  public static final int MIN_REORG_WINDOW = 128;

  public static final String LATEST = "latest";

  private static final ConfigDef DEFINITION =
      VerificationKeys.define(
          RpcExchangeKeys.define(
              TokenKeys.define(baseDefinition())
                  .define(
                      RPC_URLS,
                      Type.PASSWORD,
                      "http://127.0.0.1:8545",
                      Validators.secretUrlList(),
                      Importance.HIGH,
                      "JSON-RPC endpoints of the node providers, comma-separated; secret because a URL "
                          + "often embeds an API key.")
                  .define(
                      RPC_RATE_PER_SECOND,
                      Type.DOUBLE,
                      null,
                      Validators.positiveOrNull(),
                      Importance.MEDIUM,
                      "Calls per second each key of an "
                          + RPC_URLS
                          + " endpoint may make (each key of a templated URL, or the endpoint itself); "
                          + "empty: 10, a free plan's. A node of your own takes far more.")
                  .define(
                      RPC_DAILY_BUDGET,
                      Type.LONG,
                      null,
                      Validators.positiveOrNull(),
                      Importance.MEDIUM,
                      "Calls each key of an "
                          + RPC_URLS
                          + " endpoint may make per UTC day (reset at 00:00 UTC); empty: 100,000, a"
                          + " free plan's.")
                  .define(
                      RPC_KEYS_FILE,
                      Type.STRING,
                      "",
                      Importance.MEDIUM,
                      "Properties file of provider API keys (alias=key), read at start; empty: none.")
                  .define(
                      RPC_KEYS_ENV,
                      Type.STRING,
                      "CHAIN_EXPLORER_RPC_API_KEYS",
                      Validators.matches("|[A-Za-z_][A-Za-z0-9_]*", "an environment variable name"),
                      Importance.MEDIUM,
                      "Environment variable holding provider API keys as alias=key pairs, comma-separated;"
                          + " empty: none.")
                  .define(
                      SECRETS_DIR,
                      Type.STRING,
                      "/run/secrets",
                      Importance.MEDIUM,
                      "Directory of mounted secret files (Docker/Swarm secrets), one API key per file "
                          + "named after its provider alias; skipped when absent.")
                  .define(
                      BLOCK_TIME_MS,
                      Type.LONG,
                      12_000L,
                      Range.atLeast(100),
                      Importance.MEDIUM,
                      "Expected block interval of the chain in milliseconds; paces polling at the head.")
                  .define(
                      CONFIRMATIONS,
                      Type.INT,
                      12,
                      Range.atLeast(0),
                      Importance.HIGH,
                      "Blocks behind the head before a block counts as confirmed; below "
                          + REORG_WINDOW_BLOCKS
                          + ".")
                  .define(
                      REORG_WINDOW_BLOCKS,
                      Type.INT,
                      MIN_REORG_WINDOW,
                      Range.atLeast(MIN_REORG_WINDOW),
                      Importance.MEDIUM,
                      "Recent block hashes kept to detect reorgs and retract replaced blocks.")
                  .define(
                      START_BLOCK,
                      Type.STRING,
                      LATEST,
                      Validators.matches("latest|0|[1-9][0-9]{0,18}", "latest or a block number"),
                      Importance.MEDIUM,
                      "First block to fetch when no progress is stored in Kafka.")
                  .define(
                      PUBLISH_TRANSACTIONAL_ID,
                      Type.STRING,
                      "",
                      Importance.MEDIUM,
                      "Transactional id of the block publisher: the same for every instance (leader and"
                          + " standbys) of one chain, so that a new leader fences the old one, and unique"
                          + " per chain; empty: block-poller-<chain.name>.")
                  .define(
                      TRACES_ENABLED,
                      Type.BOOLEAN,
                      false,
                      Importance.MEDIUM,
                      "Fetch each block's call traces with it (debug_traceBlockByNumber with"
                          + " callTracer, else trace_block) for the internal-transactions topic;"
                          + " providers bill them far above plain calls, so off unless the node is"
                          + " yours or the plan includes them.")));

  public PollerConfig(Map<?, ?> properties) {
    super(DEFINITION, properties);
    verification();
    if (confirmations() >= reorgWindowBlocks()) {
      throw new ConfigException(
          CONFIRMATIONS
              + " ("
              + confirmations()
              + ") must be below "
              + REORG_WINDOW_BLOCKS
              + " ("
              + reorgWindowBlocks()
              + "): a confirmed block must still be inside the reorg window");
    }
  }

  /** A copy of the definition, for loaders and the generated reference. */
  public static ConfigDef definition() {
    return new ConfigDef(DEFINITION);
  }

  @Override
  public String serviceName() {
    return SERVICE;
  }

  /** The JSON-RPC endpoint URLs; they may embed API keys, so never log them. */
  public List<String> rpcUrls() {
    return Validators.splitSecretList(getPassword(RPC_URLS));
  }

  /** The rate of {@link #RPC_URLS} endpoints' keys, when configured. */
  public Optional<Double> rpcRatePerSecond() {
    return Optional.ofNullable(getDouble(RPC_RATE_PER_SECOND));
  }

  /** The daily budget of {@link #RPC_URLS} endpoints' keys, when configured. */
  public Optional<Long> rpcDailyBudget() {
    return Optional.ofNullable(getLong(RPC_DAILY_BUDGET));
  }

  public Optional<Path> rpcKeysFile() {
    return optionalPath(RPC_KEYS_FILE);
  }

  public Optional<String> rpcKeysEnv() {
    return Optional.of(getString(RPC_KEYS_ENV)).filter(name -> !name.isEmpty());
  }

  public Optional<Path> secretsDir() {
    return optionalPath(SECRETS_DIR);
  }

  public Duration blockTime() {
    return Duration.ofMillis(getLong(BLOCK_TIME_MS));
  }

  public int confirmations() {
    return getInt(CONFIRMATIONS);
  }

  public int reorgWindowBlocks() {
    return getInt(REORG_WINDOW_BLOCKS);
  }

  /** The configured first block, or empty for {@code latest}. */
  public OptionalLong startBlock() {
    String value = getString(START_BLOCK);
    return LATEST.equals(value) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
  }

  /** The configured transactional id, or {@code block-poller-<chain.name>} when empty. */
  public String publishTransactionalId() {
    String configured = getString(PUBLISH_TRANSACTIONAL_ID);
    return configured.isBlank() ? SERVICE + "-" + chainName() : configured;
  }

  public Duration rpcConnectTimeout() {
    return Duration.ofMillis(getInt(RPC_CONNECT_TIMEOUT_MS));
  }

  public Duration rpcRequestTimeout() {
    return Duration.ofMillis(getInt(RPC_REQUEST_TIMEOUT_MS));
  }

  public int rpcMaxAttempts() {
    return getInt(RPC_MAX_ATTEMPTS);
  }

  public int rpcReceiptsBatchSize() {
    return getInt(RPC_RECEIPTS_BATCH_SIZE);
  }

  public boolean tracesEnabled() {
    return getBoolean(TRACES_ENABLED);
  }

  public boolean tokensMetadataEnabled() {
    return getBoolean(TokenKeys.METADATA_ENABLED);
  }

  /** Where fetched blocks are verified, from the verification.* keys. */
  public VerificationPolicy verification() {
    return VerificationKeys.policy(this);
  }

  /** The JSON-RPC client's settings from the rpc.* and verification.* keys, for this chain id. */
  public RpcSettings rpcSettings(long chainId) {
    return RpcSettings.builder(chainName(), chainId)
        .connectTimeout(rpcConnectTimeout())
        .requestTimeout(rpcRequestTimeout())
        .answerLimits(getLong(RPC_RESPONSE_MAX_WIRE_BYTES), getLong(RPC_RESPONSE_MAX_BYTES))
        .maxBlockTransactions(getInt(RPC_BLOCK_MAX_TRANSACTIONS))
        .maxAttempts(rpcMaxAttempts())
        .receiptsBatchSize(rpcReceiptsBatchSize())
        .verification(verification())
        .traces(tracesEnabled())
        .build();
  }

  /**
   * The chain id to publish: {@code reported} by the providers, which must equal {@link #CHAIN_ID}
   * when that is set.
   *
   * @throws ConfigException when the providers serve another chain than the configured one
   */
  public long checkChainId(long reported) {
    OptionalLong expected = chainId();
    if (expected.isPresent() && expected.getAsLong() != reported) {
      throw new ConfigException(
          CHAIN_ID
              + " is "
              + expected.getAsLong()
              + " but the providers serve chain "
              + reported
              + ": check rpc.urls and the provider sections");
    }
    return reported;
  }

  private Optional<Path> optionalPath(String key) {
    return Optional.of(getString(key)).filter(value -> !value.isBlank()).map(Path::of);
  }
}
