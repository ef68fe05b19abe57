package io.chainexplorer.poller.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A dishonest provider in front of a real node: forwards JSON-RPC as is and spoils block receipts
 * on the way back, either one log's data altered by one byte or the last receipt dropped.
 */
final class TamperingProxy implements AutoCloseable {

  /** How the receipts of a block are spoiled. */
  enum Spoil {
    ALTER_LOG,
    DROP_RECEIPT
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI node;
  private final Spoil spoil;
  private final AtomicLong spoiled = new AtomicLong();

  private TamperingProxy(URI node, Spoil spoil) throws IOException {
    this.node = node;
    this.spoil = spoil;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static TamperingProxy start(URI node, Spoil spoil) throws IOException {
    return new TamperingProxy(node, spoil);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Answers whose receipts were spoiled so far. */
  long spoiled() {
    return spoiled.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(node)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      JsonNode tree = JSON.readTree(answer.body());
      if (tree.isArray()) {
        tree.forEach(this::spoilMember);
      } else {
        spoilMember(tree);
      }
      byte[] out = JSON.writeValueAsBytes(tree);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.statusCode(), out.length);
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Spoils a list of receipts ({@code eth_getBlockReceipts}); other answers pass untouched. */
  private void spoilMember(JsonNode member) {
    JsonNode result = member.get("result");
    if (result == null || !result.isArray() || result.isEmpty() || !result.get(0).has("logs")) {
      return;
    }
    if (spoil == Spoil.DROP_RECEIPT) {
      ((ArrayNode) result).remove(result.size() - 1);
      spoiled.incrementAndGet();
      return;
    }
    for (JsonNode receipt : result) {
      JsonNode logs = receipt.get("logs");
      if (!logs.isEmpty()) {
        ObjectNode log = (ObjectNode) logs.get(0);
        log.put("data", Tamper.flip(log.get("data").asText()));
        spoiled.incrementAndGet();
        return;
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
