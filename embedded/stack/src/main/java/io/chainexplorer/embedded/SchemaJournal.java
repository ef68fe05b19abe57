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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every schema version of an in-memory registry, saved to a file and registered again in id order
 * into a fresh registry, so that schema ids written in Kafka records resolve after a restart: the
 * registry numbers new schemas consecutively, so the same registrations in the same order get the
 * same ids (checked: a different id fails the replay).
 */
final class SchemaJournal {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final int REGISTER_ATTEMPTS = 5;

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A journal of the registry serving the Confluent API at {@code baseUrl}. */
  SchemaJournal(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Writes every subject version, ordered by schema id, to {@code file} (replaced atomically). */
  int save(Path file) {
    List<ObjectNode> versions = new ArrayList<>();
    for (JsonNode subject : get("/subjects")) {
      String name = subject.asText();
      for (JsonNode version : get("/subjects/" + encode(name) + "/versions")) {
        JsonNode entry = get("/subjects/" + encode(name) + "/versions/" + version.asInt());
        ObjectNode saved = JSON.createObjectNode();
        saved.put("id", entry.path("id").asInt());
        saved.put("subject", name);
        saved.put("version", entry.path("version").asInt());
        saved.put("schema", entry.path("schema").asText());
        versions.add(saved);
      }
    }
    versions.sort(
        Comparator.<ObjectNode>comparingInt(v -> v.path("id").asInt())
            .thenComparing(v -> v.path("subject").asText())
            .thenComparingInt(v -> v.path("version").asInt()));
    ArrayNode array = JSON.createArrayNode();
    versions.forEach(array::add);
    try {
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), array);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the registry's schemas to " + file, e);
    }
    return versions.size();
  }

  /**
   * Registers the saved versions in order.
   *
   * @throws IllegalStateException when the registry gives a version another id than it had
   */
  int replay(Path file) {
    JsonNode saved;
    try {
      saved = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read saved schemas " + file, e);
    }
    for (JsonNode version : saved) {
      String subject = version.path("subject").asText();
      ObjectNode body = JSON.createObjectNode().put("schema", version.path("schema").asText());
      JsonNode answer = register("/subjects/" + encode(subject) + "/versions", body);
      int expected = version.path("id").asInt();
      int actual = answer.path("id").asInt();
      if (actual != expected) {
        throw new IllegalStateException(
            "schema of subject "
                + subject
                + " was id "
                + expected
                + " before the restart and is "
                + actual
                + " now: records written earlier would not resolve");
      }
    }
    return saved.size();
  }

  /**
   * Posts a registration, again after a server error: a registry that has just started may answer
   * 500 while it still settles its storage, and registering the same schema twice is idempotent
   * (the id check above still catches a wrong answer).
   */
  private JsonNode register(String path, JsonNode body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return post(path, body);
      } catch (ServerError e) {
        if (attempt == REGISTER_ATTEMPTS) {
          throw e;
        }
        pause(Duration.ofMillis(250L * attempt));
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to register again", e);
    }
  }

  private JsonNode get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), path);
  }

  private JsonNode post(String path, JsonNode body) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
        path);
  }

  private JsonNode send(HttpRequest.Builder request, String path) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 5) {
        throw new ServerError(response.statusCode(), path);
      }
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "registry answered HTTP " + response.statusCode() + " to " + path);
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("registry call " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the registry", e);
    }
  }

  /** A 5xx answer: the registry failed, the request may succeed when sent again. */
  static final class ServerError extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ServerError(int status, String path) {
      super("registry answered HTTP " + status + " to " + path);
    }
  }

  private static String encode(String subject) {
    return java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
