package io.chainexplorer.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Traffic that its source does not cap: value transfers between the node's dev accounts, sent as
 * one JSON-RPC batch of {@code eth_sendTransaction} every 100 ms without waiting for any receipt.
 *
 * <p>The node signs each transfer with the sender's key (real signatures, as the poller demands)
 * and assigns its nonce, so these transfers never race the devnet generators, which send from the
 * same accounts, for a nonce; anvil signs and pools a thousand of them in about 0.4 s.
 */
final class BatchTransfers implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TICK_MS = 100;
  private static final String GAS = "0x5208";

  private final URI url;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> accounts = new ArrayList<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private volatile String lastRefusal = "none";
  private volatile double perSecond;
  private double owed;
  private long next;

  BatchTransfers(URI url) {
    this.url = url;
    post(request(0, "eth_accounts", JSON.createArrayNode()))
        .path("result")
        .forEach(account -> accounts.add(account.asText()));
    if (accounts.size() < 2) {
      throw new IllegalStateException("the node at " + url + " has fewer than two dev accounts");
    }
    ticker.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
  }

  /** Sends {@code transfersPerSecond} from now on; 0 stops sending. */
  void rate(double transfersPerSecond) {
    this.perSecond = transfersPerSecond;
  }

  /** Transfers the node accepted so far. */
  long sent() {
    return sent.get();
  }

  /** Transfers the node refused, or batches that failed, so far. */
  long refused() {
    return refused.get();
  }

  /** Why the node last refused a transfer or a batch failed. */
  String lastRefusal() {
    return lastRefusal;
  }

  private void tick() {
    owed += perSecond * TICK_MS / 1000.0;
    int due = (int) owed;
    owed -= due;
    if (due == 0) {
      return;
    }
    ArrayNode batch = JSON.createArrayNode();
    for (int i = 0; i < due; i++) {
      int sender = (int) (next++ % accounts.size());
      ObjectNode transfer = JSON.createObjectNode();
      transfer.put("from", accounts.get(sender));
      transfer.put("to", accounts.get((sender + 1) % accounts.size()));
      transfer.put("value", "0x1");
      transfer.put("gas", GAS);
      batch.add(request(i, "eth_sendTransaction", JSON.createArrayNode().add(transfer)));
    }
    try {
      for (JsonNode answer : post(batch)) {
        if (answer.hasNonNull("result")) {
          sent.incrementAndGet();
        } else {
          refused.incrementAndGet();
          lastRefusal = answer.path("error").path("message").asText();
        }
      }
    } catch (RuntimeException e) {
      // counted; the next tick carries on: the ramp measures what the node mined, not what was sent
      refused.addAndGet(due);
      lastRefusal = e.getMessage();
    }
  }

  private static ObjectNode request(int id, String method, ArrayNode params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", id);
    request.put("method", method);
    request.set("params", params);
    return request;
  }

  private JsonNode post(JsonNode body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build();
      return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
    } catch (IOException e) {
      throw new UncheckedIOException("JSON-RPC batch to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + url, e);
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
