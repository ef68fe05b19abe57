package io.chainexplorer.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The few calls of the Kafka Connect REST API the embedded stack and the tests need. */
final class ConnectRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ConnectRestClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Polls {@code GET /connectors} until the worker has joined its group and answers 200. */
  void awaitReady(Duration timeout) {
    awaitReady(timeout, () -> true);
  }

  /** As {@link #awaitReady(Duration)}, failing at once when {@code alive} turns false. */
  void awaitReady(Duration timeout, BooleanSupplier alive) {
    Instant deadline = Instant.now().plus(timeout);
    Response last = null;
    while (Instant.now().isBefore(deadline)) {
      last = sendQuietly(HttpRequest.newBuilder(uri("/connectors")).GET());
      if (last != null && last.status() == 200) {
        return;
      }
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException("Connect worker for " + baseUrl + " exited before ready");
      }
      pause();
    }
    throw new IllegalStateException(
        "Connect worker at " + baseUrl + " not ready within " + timeout + ", last answer " + last);
  }

  void putConnectorConfig(String name, Map<String, ?> config) {
    Map<String, String> body = new LinkedHashMap<>();
    config.forEach((key, value) -> body.put(key, String.valueOf(value)));
    body.put("name", name);
    Response response =
        send(
            HttpRequest.newBuilder(uri("/connectors/" + encode(name) + "/config"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    if (response.status() != 200 && response.status() != 201) {
      throw new IllegalStateException("cannot create connector " + name + ": " + response);
    }
  }

  void deleteConnector(String name) {
    Response response = send(HttpRequest.newBuilder(uri("/connectors/" + encode(name))).DELETE());
    if (response.status() != 204 && response.status() != 404) {
      throw new IllegalStateException("cannot delete connector " + name + ": " + response);
    }
  }

  /** State of one task (RUNNING, FAILED…), or "" while the connector has no such task. */
  String taskState(String name, int task) {
    Response response =
        send(HttpRequest.newBuilder(uri("/connectors/" + encode(name) + "/status")).GET());
    if (response.status() == 404) {
      return "";
    }
    for (JsonNode node : ConnectorStatus.parse(response.body()).tasks()) {
      if (node.path("id").asInt(-1) == task) {
        return node.path("state").asText();
      }
    }
    return "";
  }

  void restartTask(String name, int task) {
    Response response =
        send(
            HttpRequest.newBuilder(
                    uri("/connectors/" + encode(name) + "/tasks/" + task + "/restart"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    if (response.status() >= 300) {
      throw new IllegalStateException(
          "cannot restart task " + task + " of " + name + ": " + response);
    }
  }

  /** Polls the connector's status until it and at least one task are RUNNING, none FAILED. */
  void awaitRunning(String name, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Response last = null;
    while (Instant.now().isBefore(deadline)) {
      last = send(HttpRequest.newBuilder(uri("/connectors/" + encode(name) + "/status")).GET());
      if (last.status() == 200 && ConnectorStatus.parse(last.body()).allRunning()) {
        return;
      }
      if (last.status() == 200 && ConnectorStatus.parse(last.body()).anyFailed()) {
        throw new IllegalStateException("connector " + name + " failed: " + last.body());
      }
      pause();
    }
    throw new IllegalStateException(
        "connector " + name + " not RUNNING within " + timeout + ", last status " + last);
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static String encode(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("connector config is not serialisable", e);
    }
  }

  private Response send(HttpRequest.Builder request) {
    Response response = sendQuietly(request);
    if (response == null) {
      throw new IllegalStateException("Connect worker at " + baseUrl + " does not answer");
    }
    return response;
  }

  /** The response, or null while the server does not answer. */
  private Response sendQuietly(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling Connect", e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Connect", e);
    }
  }

  private record Response(int status, String body) {}

  /** The states in a {@code GET /connectors/name/status} answer. */
  private record ConnectorStatus(String connectorState, JsonNode tasks) {

    static ConnectorStatus parse(String body) {
      try {
        JsonNode root = JSON.readTree(body);
        return new ConnectorStatus(
            root.path("connector").path("state").asText(), root.path("tasks"));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("unreadable connector status: " + body, e);
      }
    }

    boolean allRunning() {
      if (!"RUNNING".equals(connectorState) || tasks.isEmpty()) {
        return false;
      }
      for (JsonNode task : tasks) {
        if (!"RUNNING".equals(task.path("state").asText())) {
          return false;
        }
      }
      return true;
    }

    boolean anyFailed() {
      if ("FAILED".equals(connectorState)) {
        return true;
      }
      for (JsonNode task : tasks) {
        if ("FAILED".equals(task.path("state").asText())) {
          return true;
        }
      }
      return false;
    }
  }
}
