package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One JSON-RPC exchange over HTTP (a single call, or a batch for several) classified into an {@link
 * Outcome}; details name statuses and codes, never the endpoint. Answers are asked for gzipped,
 * which providers honour for large blocks (several times fewer bytes on the wire), and taken as
 * they come otherwise.
 */
final class JsonRpcTransport {

  private static final String GZIP = "gzip";

  private final ObjectMapper json;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final ErrorClassifier classifier;

  JsonRpcTransport(
      ObjectMapper json, HttpClient http, Duration requestTimeout, ErrorClassifier classifier) {
    this.json = json;
    this.http = http;
    this.requestTimeout = requestTimeout;
    this.classifier = classifier;
  }

  Outcome exchange(URI endpoint, List<RpcCall> calls) throws InterruptedException {
    HttpResponse<byte[]> response;
    byte[] body;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(endpoint)
              .timeout(requestTimeout)
              .header("Content-Type", "application/json")
              .header("Accept-Encoding", GZIP)
              .POST(HttpRequest.BodyPublishers.ofString(body(calls)))
              .build();
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      body = decoded(response);
    } catch (HttpTimeoutException e) {
      return Outcome.failed("timeout");
    } catch (UnrequestedEncodingException e) {
      return Outcome.failed(e.getMessage());
    } catch (IOException e) {
      // The exception's message may quote the endpoint: only its type is kept.
      return Outcome.failed("I/O error " + e.getClass().getSimpleName());
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      return classifier.httpStatus(
          status,
          response.headers().firstValue("Retry-After"),
          new String(body, StandardCharsets.UTF_8));
    }
    return parse(body, calls);
  }

  /** The body as sent, inflated when the server gzipped it. */
  private static byte[] decoded(HttpResponse<byte[]> response) throws IOException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim();
    if (encoding.isEmpty() || "identity".equalsIgnoreCase(encoding)) {
      return response.body();
    }
    if (!GZIP.equals(encoding.toLowerCase(Locale.ROOT))) {
      String shown = encoding.length() > 20 ? encoding.substring(0, 20) + "..." : encoding;
      throw new UnrequestedEncodingException("answer in unrequested content encoding " + shown);
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      return in.readAllBytes();
    }
  }

  private String body(List<RpcCall> calls) throws JsonProcessingException {
    if (calls.size() == 1) {
      return json.writeValueAsString(request(calls.get(0), 1));
    }
    ArrayNode batch = json.createArrayNode();
    for (int i = 0; i < calls.size(); i++) {
      batch.add(request(calls.get(i), i + 1));
    }
    return json.writeValueAsString(batch);
  }

  private ObjectNode request(RpcCall call, int id) {
    ObjectNode node = json.createObjectNode().put("jsonrpc", "2.0").put("id", id);
    node.put("method", call.method());
    node.set("params", json.valueToTree(call.params()));
    return node;
  }

  private Outcome parse(byte[] body, List<RpcCall> calls) {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (IOException e) {
      return Outcome.failed("malformed or truncated JSON");
    }
    if (tree == null || !(tree.isArray() || tree.isObject())) {
      return Outcome.failed("malformed JSON-RPC answer");
    }
    if (tree.isObject() && calls.size() > 1) {
      // A whole batch refused with one error object (batch limit, rate limit, quota).
      return refusedBatch(tree);
    }
    return replies(tree, calls.size());
  }

  private Outcome replies(JsonNode tree, int count) {
    Map<Integer, JsonNode> byId = new HashMap<>();
    (tree.isArray() ? tree : json.createArrayNode().add(tree))
        .forEach(member -> byId.put(member.path("id").asInt(-1), member));
    List<RpcReply> replies = new ArrayList<>(count);
    for (int id = 1; id <= count; id++) {
      JsonNode member = byId.get(id);
      if (member == null) {
        return Outcome.failed("answer without id " + id);
      }
      Optional<Outcome> failure = reply(member, replies);
      if (failure.isPresent()) {
        return failure.get();
      }
    }
    return Outcome.succeeded(replies);
  }

  private Optional<Outcome> reply(JsonNode member, List<RpcReply> replies) {
    JsonNode error = member.get("error");
    if (error != null && !error.isNull()) {
      int code = error.path("code").asInt();
      String message = error.path("message").asText("");
      Optional<Outcome> keyOutcome = classifier.jsonRpcError(code, message);
      if (keyOutcome.isPresent()) {
        return keyOutcome;
      }
      replies.add(RpcReply.error(code, message, classifier.isMethodNotFound(code, message)));
      return Optional.empty();
    }
    if (!member.has("result")) {
      return Optional.of(Outcome.failed("answer without result"));
    }
    replies.add(RpcReply.ok(member.get("result")));
    return Optional.empty();
  }

  private Outcome refusedBatch(JsonNode tree) {
    JsonNode error = tree.path("error");
    int code = error.path("code").asInt();
    return classifier
        .jsonRpcError(code, error.path("message").asText(""))
        .orElse(Outcome.failed("batch refused with JSON-RPC error " + code));
  }

  /** An answer in an encoding that was not asked for; its message names the encoding only. */
  private static final class UnrequestedEncodingException extends IOException {

    private static final long serialVersionUID = 1L;

    UnrequestedEncodingException(String message) {
      super(message);
    }
  }
}
