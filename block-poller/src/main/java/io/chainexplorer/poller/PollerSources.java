package io.chainexplorer.poller;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.keys.KeyPoolRuntime;
import io.chainexplorer.poller.publish.NamespaceChainGuard;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.FetchMetrics;
import io.chainexplorer.poller.rpc.PooledJsonRpcClient;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.poller.rpc.RpcSettings;
import io.chainexplorer.poller.rpc.Sleeper;
import io.chainexplorer.poller.tokens.TokenMetadataReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The block source of {@code poll} and {@code backfill}: the key pool (usage shared through Kafka)
 * and the JSON-RPC client over it, with the chain id the providers report checked against {@code
 * chain.id} and against the chain of the raw blocks already in the namespace; closing publishes the
 * last key usage.
 */
public final class PollerSources implements AutoCloseable {

  private final KeyPoolRuntime keys;
  private final BlockSource source;
  private final TokenMetadataReader tokens;

  private PollerSources(KeyPoolRuntime keys, BlockSource source, TokenMetadataReader tokens) {
    this.keys = keys;
    this.source = source;
    this.tokens = tokens;
  }

  /**
   * Starts the key pool, binds its and the fetch metrics to {@code registry}, asks the chain id.
   */
  public static PollerSources open(
      PollerConfig config, Map<String, String> environment, Clock clock, MeterRegistry registry) {
    KeyPoolRuntime keys =
        PollerKeyPool.start(
            config, environment, KeyPoolRuntime.defaultInstanceId(environment), clock);
    try {
      keys.metrics().bindTo(registry);
      FetchMetrics fetch = new FetchMetrics(config.chainName());
      fetch.bindTo(registry);
      RpcSettings probe = config.rpcSettings(0);
      PooledJsonRpcClient client =
          new PooledJsonRpcClient(keys.pool(), probe, fetch, clock, Sleeper.SYSTEM);
      // A wrong chain would be written under this chain's topics: a configuration error (exit 2).
      long chainId = config.checkChainId(Long.decode(client.call("eth_chainId").asText()));
      NamespaceChainGuard.check(config, chainId);
      RpcSettings settings = config.rpcSettings(chainId);
      // Never fewer than the 4 calls of one token, whatever the configured receipts batch.
      TokenMetadataReader tokens =
          config.tokensMetadataEnabled()
              ? new TokenMetadataReader(client, Math.max(4, settings.receiptsBatchSize()))
              : null;
      return new PollerSources(
          keys, new RpcBlockSource(client, settings, fetch, clock, Sleeper.SYSTEM), tokens);
    } catch (RpcException e) {
      keys.close();
      throw new IllegalStateException(
          "cannot read the chain id from the providers: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      keys.close();
      throw e;
    }
  }

  public KeyPoolRuntime keys() {
    return keys;
  }

  public BlockSource source() {
    return source;
  }

  /** The reader of token metadata; empty when {@code tokens.metadata.enabled} is off. */
  public Optional<TokenMetadataReader> tokens() {
    return Optional.ofNullable(tokens);
  }

  @Override
  public void close() {
    keys.close();
  }
}
