package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One JSON-RPC exchange over HTTP (a single call, or a batch for several) classified into an {@link
 * Outcome}; details name statuses and codes, never the endpoint. Answers are asked for gzipped,
 * which providers honour for large blocks (several times fewer bytes on the wire), and taken as
 * they come otherwise. The whole exchange (connect, headers, body) ends within the request timeout,
 * and the body is parsed as it arrives within its {@link BoundedBody} limits.
 */
final class JsonRpcTransport {

  private static final String GZIP = "gzip";

  /** Enough of an error answer to classify it; the rest is not read. */
  private static final int ERROR_BODY_BYTES = 64 * 1024;

  private final ObjectMapper json;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final ErrorClassifier classifier;
  private final BoundedBody bodies;
  private final ExecutorService readers;

  JsonRpcTransport(
      ObjectMapper json,
      HttpClient http,
      Duration requestTimeout,
      BoundedBody bodies,
      ErrorClassifier classifier) {
    this.json = json;
    this.http = http;
    this.requestTimeout = requestTimeout;
    this.bodies = bodies;
    this.classifier = classifier;
    this.readers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "json-rpc-exchange");
              thread.setDaemon(true);
              return thread;
            });
  }

  Outcome exchange(URI endpoint, List<RpcCall> calls) throws InterruptedException {
    long deadline = System.nanoTime() + requestTimeout.toNanos();
    // The HTTP client's own timeout stops at the headers: the body is read against the deadline
    // on another thread, which the caller abandons (interrupting its read) once the deadline
    // passes.
    Future<Outcome> running = readers.submit(() -> exchangeUntil(endpoint, calls, deadline));
    try {
      return running.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      // The same detail however the deadline was met: before the headers, in the body or here.
      return Outcome.violated(BoundedBody.DEADLINE, "timeout");
    } catch (ExecutionException e) {
      return Outcome.failed("exchange failed with " + e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      running.cancel(true);
      throw e;
    }
  }

  private Outcome exchangeUntil(URI endpoint, List<RpcCall> calls, long deadline)
      throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(endpoint)
              .timeout(requestTimeout)
              .header("Content-Type", "application/json")
              .header("Accept-Encoding", GZIP)
              .POST(HttpRequest.BodyPublishers.ofString(body(calls)))
              .build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream wire = response.body();
          InputStream body = bodies.open(wire, gzipped(response), deadline)) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
          return classifier.httpStatus(
              status,
              response.headers().firstValue("Retry-After"),
              new String(body.readNBytes(ERROR_BODY_BYTES), StandardCharsets.UTF_8));
        }
        return parse(body, calls);
      }
    } catch (HttpTimeoutException e) {
      return Outcome.violated(BoundedBody.DEADLINE, "timeout");
    } catch (ResponseLimitException e) {
      return Outcome.violated(e.reason(), e.getMessage());
    } catch (UnrequestedEncodingException e) {
      return Outcome.failed(e.getMessage());
    } catch (IOException e) {
      // The exception's message may quote the endpoint: only its type is kept.
      return Outcome.failed("I/O error " + e.getClass().getSimpleName());
    }
  }

  /** True when the server gzipped the body; any other encoding than identity is refused. */
  private static boolean gzipped(HttpResponse<?> response) throws IOException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim();
    if (encoding.isEmpty() || "identity".equalsIgnoreCase(encoding)) {
      return false;
    }
    if (!GZIP.equals(encoding.toLowerCase(Locale.ROOT))) {
      String shown = encoding.length() > 20 ? encoding.substring(0, 20) + "..." : encoding;
      throw new UnrequestedEncodingException("answer in unrequested content encoding " + shown);
    }
    return true;
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

  private Outcome parse(InputStream body, List<RpcCall> calls) throws IOException {
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (JsonProcessingException e) {
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
