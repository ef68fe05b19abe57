package io.chainexplorer.testsupport.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real JSON-RPC 2.0 server (single calls and batches) on a free loopback port that answers from
 * recorded results or an upstream node, tells which key a request used ({@code /v3/<key>}), counts
 * calls per key and method, and misbehaves as its {@link Fault} script says.
 */
public final class JsonRpcStub implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final Answers answers;
  private final FaultScript script = new FaultScript(42);
  private final CallCounters counters = new CallCounters();
  private final MemberFaults memberFaults = new MemberFaults();

  private JsonRpcStub(URI upstream) {
    this.answers = new Answers(upstream);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = Executors.newCachedThreadPool(JsonRpcStub::daemon);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A stub that answers only what was {@link #record recorded} (null for other params). */
  public static JsonRpcStub recorded() {
    return new JsonRpcStub(null);
  }

  /** A stub that answers recorded calls itself and forwards every other call to {@code node}. */
  public static JsonRpcStub proxying(URI node) {
    return new JsonRpcStub(node);
  }

  /** Answers {@code method(params)} with {@code result} (params compared ignoring case). */
  public JsonRpcStub record(String method, JsonNode params, JsonNode result) {
    answers.record(method, params, result);
    return this;
  }

  /** Arms a fault; faults apply in the order they were added. */
  public JsonRpcStub inject(Fault fault) {
    script.add(fault);
    return this;
  }

  /**
   * How many times a fault of {@code kind} was applied: exchanges spoiled for the HTTP-level kinds,
   * members answered with it for the others (also when it found nothing to change).
   */
  public long applied(Fault.Kind kind) {
    return script.applied(kind);
  }

  /** Disarms every fault. */
  public void clearFaults() {
    script.clear();
  }

  /** The endpoint of {@code key}: {@code http://127.0.0.1:<port>/v3/<key>}. */
  public URI url(String key) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3/" + key);
  }

  /** HTTP requests received with {@code key}. */
  public long exchanges(String key) {
    return counters.exchanges(key);
  }

  /** HTTP requests received. */
  public long exchanges() {
    return counters.exchanges();
  }

  /** JSON-RPC calls (batch members counted one by one) of {@code method} with {@code key}. */
  public long calls(String key, String method) {
    return counters.calls(key, method);
  }

  /** JSON-RPC calls of {@code method} over all keys. */
  public long callsOf(String method) {
    return counters.callsOf(method);
  }

  /** JSON-RPC calls over all keys and methods. */
  public long calls() {
    return counters.calls();
  }

  /** JSON-RPC calls by method over all keys. */
  public Map<String, Long> callsByMethod() {
    return counters.byMethod();
  }

  public void resetCounters() {
    counters.reset();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String key = keyOf(exchange.getRequestURI());
      counters.exchange(key);
      JsonNode body;
      try (InputStream in = exchange.getRequestBody()) {
        body = Answers.JSON.readTree(in);
      } catch (JsonProcessingException e) {
        send(exchange, 200, error(-32700, "parse error").put("jsonrpc", "2.0").putNull("id"));
        return;
      }
      List<ObjectNode> members = members(body);
      if (members.isEmpty()) {
        send(exchange, 200, error(-32600, "empty batch").put("jsonrpc", "2.0").putNull("id"));
        return;
      }
      List<String> methods = new ArrayList<>();
      members.forEach(m -> methods.add(m.path("method").asText()));
      methods.forEach(method -> counters.call(key, method));
      Optional<Fault> fault = script.forExchange(key, methods);
      if (fault.isPresent() && fault.get().kind() == Fault.Kind.HTTP_STATUS) {
        sendStatus(exchange, fault.get());
        return;
      }
      if (fault.isPresent() && HostileBodies.serves(fault.get().kind())) {
        HostileBodies.send(exchange, fault.get(), () -> answerAll(key, body, members, false));
        return;
      }
      if (fault.isPresent() && fault.get().kind() == Fault.Kind.DELAY) {
        pause(fault.get());
      }
      // An answer the client cannot read does not use up the member faults armed after it.
      boolean readable = fault.isEmpty() || fault.get().kind() == Fault.Kind.DELAY;
      JsonNode answer = answerAll(key, body, members, readable);
      sendSpoiled(exchange, answer, fault.orElse(null));
    }
  }

  private JsonNode answerAll(
      String key, JsonNode body, List<ObjectNode> members, boolean spoilMembers) {
    List<ObjectNode> out = new ArrayList<>(members.size());
    for (ObjectNode member : members) {
      out.add(answerOne(key, member, spoilMembers));
    }
    if (!body.isArray()) {
      return out.get(0);
    }
    ArrayNode array = Answers.JSON.createArrayNode();
    out.forEach(array::add);
    return array;
  }

  private ObjectNode answerOne(String key, ObjectNode request, boolean spoilMembers) {
    ObjectNode answer;
    if (!request.path("method").isTextual() || request.path("method").asText().isEmpty()) {
      answer = error(-32600, "invalid request");
    } else {
      String method = request.get("method").asText();
      Optional<Fault> fault = spoilMembers ? script.forMember(key, method) : Optional.empty();
      answer = memberFaults.answer(fault.orElse(null), method, () -> answers.answer(request));
    }
    ObjectNode full = Answers.JSON.createObjectNode().put("jsonrpc", "2.0");
    full.set("id", request.get("id"));
    full.setAll(answer);
    return full;
  }

  private void sendSpoiled(HttpExchange exchange, JsonNode answer, Fault fault) throws IOException {
    Fault.Kind kind = fault == null ? null : fault.kind();
    if (kind == Fault.Kind.WRONG_ID) {
      shiftIds(answer);
    }
    String text = Answers.JSON.writeValueAsString(answer);
    if (kind == Fault.Kind.TRUNCATED_BODY) {
      text = text.substring(0, text.length() / 2);
    } else if (kind == Fault.Kind.MALFORMED_JSON) {
      text = "<html><body>502 Bad Gateway</body></html>";
    }
    send(exchange, 200, text);
  }

  private static void shiftIds(JsonNode answer) {
    List<JsonNode> list = new ArrayList<>();
    if (answer.isArray()) {
      answer.forEach(list::add);
    } else {
      list.add(answer);
    }
    for (JsonNode member : list) {
      ((ObjectNode) member).put("id", member.path("id").asLong() + 1000);
    }
  }

  private static void sendStatus(HttpExchange exchange, Fault fault) throws IOException {
    fault.retryAfter().ifPresent(value -> exchange.getResponseHeaders().add("Retry-After", value));
    ObjectNode body = error(-32000, "HTTP " + fault.status()).put("jsonrpc", "2.0").putNull("id");
    send(exchange, fault.status(), body);
  }

  private static void send(HttpExchange exchange, int status, Object body) throws IOException {
    String text = body instanceof String s ? s : Answers.JSON.writeValueAsString(body);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void pause(Fault fault) {
    try {
      Thread.sleep(fault.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<ObjectNode> members(JsonNode body) {
    List<ObjectNode> out = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(m -> out.add(m.isObject() ? (ObjectNode) m : Answers.JSON.createObjectNode()));
    } else {
      out.add(body.isObject() ? (ObjectNode) body : Answers.JSON.createObjectNode());
    }
    return out;
  }

  private static String keyOf(URI uri) {
    String path = uri.getPath();
    return path.startsWith("/v3/") ? path.substring("/v3/".length()) : "";
  }

  static ObjectNode result(JsonNode result) {
    ObjectNode node = Answers.JSON.createObjectNode();
    node.set("result", result);
    return node;
  }

  static ObjectNode error(int code, String message) {
    ObjectNode node = Answers.JSON.createObjectNode();
    node.putObject("error").put("code", code).put("message", message);
    return node;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "json-rpc-stub");
    thread.setDaemon(true);
    return thread;
  }
}
