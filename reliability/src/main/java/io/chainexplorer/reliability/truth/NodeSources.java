package io.chainexplorer.reliability.truth;

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
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Block sources that read a node directly, without a key or a budget: the ground truth. */
public final class NodeSources {

  private static final long UNLIMITED = Long.MAX_VALUE / 4;
  private static final long ANVIL_CHAIN_ID = 31_337;

  private NodeSources() {}

  /** The poller's own fetch and checks, against {@code node} (an anvil devnet). */
  public static RpcBlockSource direct(URI node, String chain) {
    Provider provider =
        new Provider("truth", node.toString(), MethodWeights.flat(1), 1_000, UNLIMITED);
    Map<Provider, List<ApiKey>> keys = Map.of(provider, List.of(ApiKey.keyless("truth", "node")));
    DefaultKeyPool pool =
        new DefaultKeyPool(keys, UsageLedger.inMemory(), Clock.systemUTC(), KeyPoolListener.NONE);
    FetchMetrics metrics = new FetchMetrics(chain);
    metrics.bindTo(new SimpleMeterRegistry());
    RpcSettings settings = RpcSettings.defaults(chain, ANVIL_CHAIN_ID);
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    return new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }
}
