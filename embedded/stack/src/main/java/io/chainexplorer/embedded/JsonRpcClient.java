package io.chainexplorer.embedded;

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
import java.util.concurrent.atomic.AtomicLong;

/** A minimal Ethereum JSON-RPC client for controlling a local node (readiness, mining). */
public final class JsonRpcClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI url;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  public JsonRpcClient(URI url) {
    this.url = url;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /**
   * Calls {@code method} with {@code params} (any value Jackson can write) and returns its result.
   *
   * @throws IllegalStateException when the node answers with a JSON-RPC error
   */
  public JsonNode call(String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(JSON.valueToTree(param));
    }
    JsonNode response = post(request);
    if (response.hasNonNull("error")) {
      throw new IllegalStateException(method + " failed at " + url + ": " + response.get("error"));
    }
    return response.path("result");
  }

  private JsonNode post(ObjectNode request) {
    try {
      HttpRequest httpRequest =
          HttpRequest.newBuilder(url)
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)))
              .build();
      HttpResponse<byte[]> response =
          http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            request.get("method").asText() + " at " + url + ": HTTP " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("JSON-RPC call to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + url, e);
    }
  }
}
