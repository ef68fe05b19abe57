package io.chainexplorer.bench.poller;

import io.chainexplorer.embedded.JsonRpcClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a value transfer from an unlocked anvil account at a fixed interval, straight to the node
 * (not through the counting stub), so that blocks carry transactions and receipts.
 */
final class CallsPerBlockLoad implements AutoCloseable {

  /** anvil's first default dev account and a second one to pay. */
  private static final String FROM = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

  private static final String TO = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong sent = new AtomicLong();

  private CallsPerBlockLoad() {}

  static CallsPerBlockLoad start(JsonRpcClient node, Duration interval) {
    CallsPerBlockLoad load = new CallsPerBlockLoad();
    load.timer.scheduleAtFixedRate(
        () -> load.send(node), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return load;
  }

  private void send(JsonRpcClient node) {
    try {
      node.call("eth_sendTransaction", Map.of("from", FROM, "to", TO, "value", "0x1"));
      sent.incrementAndGet();
    } catch (RuntimeException ignored) {
      // A failed transfer only makes a block lighter; the count shows it.
    }
  }

  long sent() {
    return sent.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
