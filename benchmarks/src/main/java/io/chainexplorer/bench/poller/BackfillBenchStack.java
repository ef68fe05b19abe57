package io.chainexplorer.bench.poller;

import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.embedded.EmbeddedKafka;
import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.keys.KeyPoolListener;
import io.chainexplorer.poller.keys.MethodWeights;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.UsageLedger;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.FetchMetrics;
import io.chainexplorer.poller.rpc.PooledJsonRpcClient;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.poller.rpc.RpcSettings;
import io.chainexplorer.poller.rpc.Sleeper;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the backfill benchmarks run against: an in-process broker, the test registry, anvil with
 * {@code blocks} mined blocks, and the JSON-RPC stub in front of it counting calls per key.
 */
final class BackfillBenchStack implements AutoCloseable {

  static final List<String> KEYS = List.of("bench-key-1", "bench-key-2", "bench-key-3");

  final EmbeddedKafka kafka;
  final EmbeddedSchemaRegistry registry;
  final EmbeddedAnvil anvil;
  final JsonRpcStub stub;

  private BackfillBenchStack(
      EmbeddedKafka kafka, EmbeddedSchemaRegistry registry, EmbeddedAnvil anvil, JsonRpcStub stub) {
    this.kafka = kafka;
    this.registry = registry;
    this.anvil = anvil;
    this.stub = stub;
  }

  static BackfillBenchStack start(int blocks) throws IOException {
    EmbeddedKafka kafka = EmbeddedKafka.start();
    EmbeddedSchemaRegistry registry =
        EmbeddedSchemaRegistry.start(Files.createTempDirectory("bench-registry-"));
    EmbeddedAnvil anvil = EmbeddedAnvil.builder().manualMining().start();
    anvil.rpc().call("anvil_mine", "0x" + Integer.toHexString(blocks));
    return new BackfillBenchStack(kafka, registry, anvil, JsonRpcStub.proxying(anvil.rpcUrl()));
  }

  /** Settings of a backfill of chain {@code chain} on this broker and registry. */
  PollerConfig config(String chain) {
    return new PollerConfig(
        Map.of(
            PollerConfig.CHAIN_NAME,
            chain,
            PollerConfig.KAFKA_BOOTSTRAP_SERVERS,
            kafka.bootstrapServers(),
            PollerConfig.SCHEMA_REGISTRY_URL,
            registry.confluentApiUrl(),
            PollerConfig.METRICS_PORT,
            "0"));
  }

  /** The three keys of one provider at the stub, each limited to {@code unitsPerSecond}. */
  DefaultKeyPool pool(double unitsPerSecond) {
    String url = stub.url("k").toString();
    String template = url.substring(0, url.length() - 1) + Provider.KEY_PLACEHOLDER;
    Provider provider =
        new Provider("bench", template, MethodWeights.flat(1), unitsPerSecond, 1_000_000_000L);
    List<ApiKey> keys =
        KEYS.stream().map(key -> ApiKey.of("bench", "a" + KEYS.indexOf(key), key)).toList();
    return new DefaultKeyPool(
        Map.of(provider, keys), UsageLedger.inMemory(), Clock.systemUTC(), KeyPoolListener.NONE);
  }

  static BlockSource source(DefaultKeyPool pool) {
    FetchMetrics metrics = new FetchMetrics("bench");
    RpcSettings settings =
        RpcSettings.defaults("bench", 31_337).withRequestTimeout(Duration.ofSeconds(10));
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    return new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  @Override
  public void close() {
    stub.close();
    anvil.close();
    registry.close();
    kafka.close();
  }
}
