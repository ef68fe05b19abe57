package io.chainexplorer.reliability.faults;

import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.keys.KeyPoolMetrics;
import io.chainexplorer.poller.keys.MethodWeights;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.UsageLedger;
import io.chainexplorer.poller.rpc.FetchMetrics;
import io.chainexplorer.poller.rpc.PooledJsonRpcClient;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.poller.rpc.RpcSettings;
import io.chainexplorer.poller.rpc.Sleeper;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three keys on two providers, each provider a fault-injecting stub in front of the node: {@code
 * alpha} with two keys, {@code beta} with one. The secrets are distinctive strings a scan can look
 * for.
 */
final class StubbedProviders implements AutoCloseable {

  static final String ALPHA_ONE = "sk-alpha-one-5f1c2a9e";
  static final String ALPHA_TWO = "sk-alpha-two-7b3d4c8f";
  static final String BETA_ONE = "sk-beta-one-9e6a1d2b";
  static final Map<String, String> SECRETS =
      Map.of("alpha/one", ALPHA_ONE, "alpha/two", ALPHA_TWO, "beta/one", BETA_ONE);

  /** The request timeout: a delayed answer longer than this is a timeout. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  final JsonRpcStub alpha;
  final JsonRpcStub beta;

  StubbedProviders(URI node) {
    alpha = JsonRpcStub.proxying(node);
    beta = JsonRpcStub.proxying(node);
  }

  /** Both stubs, for faults that hit every provider. */
  List<JsonRpcStub> both() {
    return List.of(alpha, beta);
  }

  /** A block source over the three keys, metrics bound to {@code registry}. */
  RpcBlockSource source(
      String chain, Clock clock, Sleeper sleeper, MeterRegistry registry, Duration blockTime) {
    Map<Provider, List<ApiKey>> keys = new LinkedHashMap<>();
    keys.put(
        provider("alpha", alpha, ALPHA_ONE),
        List.of(ApiKey.of("alpha", "one", ALPHA_ONE), ApiKey.of("alpha", "two", ALPHA_TWO)));
    keys.put(provider("beta", beta, BETA_ONE), List.of(ApiKey.of("beta", "one", BETA_ONE)));
    KeyPoolMetrics keyMetrics = new KeyPoolMetrics(chain, blockTime, clock);
    DefaultKeyPool pool = new DefaultKeyPool(keys, UsageLedger.inMemory(), clock, keyMetrics);
    keyMetrics.watch(pool).bindTo(registry);
    FetchMetrics metrics = new FetchMetrics(chain);
    metrics.bindTo(registry);
    RpcSettings settings = RpcSettings.defaults(chain, 31_337).withRequestTimeout(REQUEST_TIMEOUT);
    PooledJsonRpcClient client = new PooledJsonRpcClient(pool, settings, metrics, clock, sleeper);
    return new RpcBlockSource(client, settings, metrics, clock, sleeper);
  }

  private static Provider provider(String name, JsonRpcStub stub, String anyKey) {
    String url = stub.url(anyKey).toString();
    String template = url.substring(0, url.length() - anyKey.length()) + Provider.KEY_PLACEHOLDER;
    return new Provider(name, template, MethodWeights.flat(1), 1_000, 1_000_000);
  }

  @Override
  public void close() {
    alpha.close();
    beta.close();
  }
}
