package io.chainexplorer.testsupport.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the stub's correct answers come from: recorded results, else an upstream node. */
final class Answers {

  static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> recorded = new ConcurrentHashMap<>();
  private final Map<String, Boolean> recordedMethods = new ConcurrentHashMap<>();
  private final URI upstream;
  private final HttpClient http;

  Answers(URI upstream) {
    this.upstream = upstream;
    this.http =
        upstream == null
            ? null
            : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  void record(String method, JsonNode params, JsonNode result) {
    recorded.put(key(method, params), result);
    recordedMethods.put(method, Boolean.TRUE);
  }

  /** The JSON-RPC response object (without id) for one well-formed request member. */
  ObjectNode answer(ObjectNode request) {
    String method = request.get("method").asText();
    JsonNode params = request.path("params");
    JsonNode result = recorded.get(key(method, params));
    if (result != null) {
      // A copy: member faults edit answers in place.
      return JsonRpcStub.result(result.deepCopy());
    }
    if (upstream != null) {
      return forward(request);
    }
    if (recordedMethods.containsKey(method)) {
      // A recorded node that lacks this block or transaction answers null, as real nodes do.
      return JsonRpcStub.result(JSON.nullNode());
    }
    return JsonRpcStub.error(-32601, "the method " + method + " does not exist/is not available");
  }

  private ObjectNode forward(ObjectNode request) {
    try {
      HttpRequest post =
          HttpRequest.newBuilder(upstream)
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
              .build();
      HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
      ObjectNode answer = (ObjectNode) JSON.readTree(response.body());
      answer.remove("id");
      answer.remove("jsonrpc");
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while forwarding", e);
    }
  }

  /** Quantities may come upper- or lowercase ("0x112A880"): recorded keys ignore case. */
  private static String key(String method, JsonNode params) {
    JsonNode normalized =
        params == null || params.isMissingNode() ? JSON.createArrayNode() : params;
    return method + normalized.toString().toLowerCase(Locale.ROOT);
  }
}
