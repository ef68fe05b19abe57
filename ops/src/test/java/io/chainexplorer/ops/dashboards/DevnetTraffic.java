package io.chainexplorer.ops.dashboards;

import io.chainexplorer.embedded.JsonRpcClient;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Value transfers between anvil's unlocked dev accounts, a few per block, so that the transaction
 * panels have something to count.
 */
final class DevnetTraffic implements AutoCloseable {

  private static final long PERIOD_MS = 300;

  private final ScheduledExecutorService executor;

  private DevnetTraffic(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  static DevnetTraffic start(JsonRpcClient rpc) {
    String from = rpc.call("eth_accounts").get(0).asText();
    String to = rpc.call("eth_accounts").get(1).asText();
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "devnet-traffic");
              thread.setDaemon(true);
              return thread;
            });
    Map<String, String> transfer = Map.of("from", from, "to", to, "value", "0x1");
    executor.scheduleAtFixedRate(() -> send(rpc, transfer), 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    return new DevnetTraffic(executor);
  }

  private static void send(JsonRpcClient rpc, Map<String, String> transfer) {
    try {
      rpc.call("eth_sendTransaction", transfer);
    } catch (RuntimeException ignored) {
      // anvil stopping under the test's cleanup; a missed transfer only thins the traffic
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
