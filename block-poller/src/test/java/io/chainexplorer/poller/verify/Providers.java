package io.chainexplorer.poller.verify;

import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.keys.KeyPoolListener;
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
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A block source over providers with one key each, each provider one stub's endpoint. */
final class Providers {

  private Providers() {}

  /** {@code stubs}: provider name to the stub serving it; the key of each is {@code <name>-key}. */
  static RpcBlockSource source(Map<String, JsonRpcStub> stubs, MeterRegistry registry) {
    Map<Provider, List<ApiKey>> keys = new LinkedHashMap<>();
    stubs.forEach(
        (name, stub) -> {
          String url = stub.url(name + "-key").toString();
          String template = url.substring(0, url.length() - (name + "-key").length());
          Provider provider =
              new Provider(
                  name,
                  template + Provider.KEY_PLACEHOLDER,
                  MethodWeights.flat(1),
                  1_000,
                  1_000_000);
          keys.put(provider, List.of(ApiKey.of(name, "main", name + "-key")));
        });
    DefaultKeyPool pool =
        new DefaultKeyPool(keys, UsageLedger.inMemory(), Clock.systemUTC(), KeyPoolListener.NONE);
    FetchMetrics metrics = new FetchMetrics("anvil");
    metrics.bindTo(registry);
    RpcSettings settings =
        RpcSettings.defaults("anvil", 31_337).withRequestTimeout(Duration.ofSeconds(5));
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    return new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }
}
