package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory registry restarted on its work directory serves every schema under its old id. */
class EmbeddedSchemaRegistryResumeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void shouldResolveEverySchemaIdWhenRestartedOnItsWorkDirectory() throws Exception {
    Map<Integer, String> idsBefore = new LinkedHashMap<>();
    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(dir)) {
      String url = registry.confluentApiUrl();
      idsBefore.put(register(url, "a-value", record("A", "x")), record("A", "x"));
      idsBefore.put(register(url, "b-value", record("B", "y")), record("B", "y"));
      idsBefore.put(register(url, "a-value", record("A", "x", "z")), record("A", "x", "z"));
      // the same content under another subject shares its id
      assertThat(register(url, "c-value", record("B", "y"))).isIn(idsBefore.keySet());
      assertThat(registry.saveSchemas()).isEqualTo(4);
    }

    try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(dir)) {
      for (Map.Entry<Integer, String> saved : idsBefore.entrySet()) {
        JsonNode schema = get(registry.confluentApiUrl() + "/schemas/ids/" + saved.getKey());
        assertThat(JSON.readTree(schema.path("schema").asText()))
            .isEqualTo(JSON.readTree(saved.getValue()));
      }
      assertThat(get(registry.confluentApiUrl() + "/subjects/a-value/versions")).hasSize(2);
    }
  }

  private static String record(String name, String... fields) {
    StringBuilder json = new StringBuilder();
    json.append("{\"type\":\"record\",\"name\":\"").append(name).append("\",\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"name\":\"")
          .append(fields[i])
          .append("\",\"type\":[\"null\",\"string\"],\"default\":null}");
    }
    return json.append("]}").toString();
  }

  private int register(String url, String subject, String schema) throws Exception {
    String body = JSON.createObjectNode().put("schema", schema).toString();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/subjects/" + subject + "/versions"))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("id").asInt();
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
