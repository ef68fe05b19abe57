package io.chainexplorer.poller.backfill;

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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Three keys of one provider in front of the JSON-RPC stub, and the block source over them. */
final class StubKeys {

  static final List<String> SECRETS = List.of("SECRET-K1", "SECRET-K2", "SECRET-K3");

  private StubKeys() {}

  /** The provider's URL template for a stub whose key URL for {@code k} is {@code keyUrl}. */
  static String template(URI keyUrl) {
    String url = keyUrl.toString();
    return url.substring(0, url.length() - 1) + Provider.KEY_PLACEHOLDER;
  }

  /** A pool of the three keys, each limited to {@code unitsPerSecond} (one unit per call). */
  static DefaultKeyPool pool(String template, double unitsPerSecond) {
    Provider provider =
        new Provider("stub", template, MethodWeights.flat(1), unitsPerSecond, 100_000_000);
    List<ApiKey> keys =
        List.of(
            ApiKey.of("stub", "one", SECRETS.get(0)),
            ApiKey.of("stub", "two", SECRETS.get(1)),
            ApiKey.of("stub", "three", SECRETS.get(2)));
    return new DefaultKeyPool(
        Map.of(provider, keys), UsageLedger.inMemory(), Clock.systemUTC(), KeyPoolListener.NONE);
  }

  static BlockSource source(DefaultKeyPool pool) {
    FetchMetrics metrics = new FetchMetrics("backfill");
    RpcSettings settings =
        RpcSettings.defaults("backfill", 31_337).withRequestTimeout(Duration.ofSeconds(5));
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    return new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }
}
