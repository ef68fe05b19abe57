package io.chainexplorer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SchemaRegistryExtension.class)
class SchemaRegistryExtensionIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"Block\",\"namespace\":\"smoke\","
          + "\"fields\":[{\"name\":\"number\",\"type\":\"long\"}]}";
  private static final String V2_WITH_DEFAULT =
      "{\"type\":\"record\",\"name\":\"Block\",\"namespace\":\"smoke\","
          + "\"fields\":[{\"name\":\"number\",\"type\":\"long\"},"
          + "{\"name\":\"hash\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
  private static final String V2_WITHOUT_DEFAULT =
      "{\"type\":\"record\",\"name\":\"Block\",\"namespace\":\"smoke\","
          + "\"fields\":[{\"name\":\"number\",\"type\":\"long\"},"
          + "{\"name\":\"miner\",\"type\":\"string\"}]}";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldReturnARegisteredSchemaWhenFetchedById(SchemaRegistryEndpoint registry)
      throws Exception {
    HttpResponse<String> registered = register(registry, "smoke-fetch-value", V1);
    assertThat(registered.statusCode()).isEqualTo(200);
    int id = JSON.readTree(registered.body()).path("id").asInt(-1);

    HttpResponse<String> fetched = get(registry, "/schemas/ids/" + id);

    assertThat(fetched.statusCode()).isEqualTo(200);
    JsonNode schema = JSON.readTree(JSON.readTree(fetched.body()).path("schema").asText());
    assertThat(schema).isEqualTo(JSON.readTree(V1));
  }

  @Test
  void shouldRejectAnIncompatibleVersionWhenCompatibilityIsBackward(SchemaRegistryEndpoint registry)
      throws Exception {
    String subject = "smoke-compat-value";
    assertThat(register(registry, subject, V1).statusCode()).isEqualTo(200);

    HttpResponse<String> incompatible = register(registry, subject, V2_WITHOUT_DEFAULT);
    HttpResponse<String> compatible = register(registry, subject, V2_WITH_DEFAULT);

    assertThat(incompatible.statusCode()).as(incompatible.body()).isEqualTo(409);
    assertThat(compatible.statusCode()).as(compatible.body()).isEqualTo(200);
    assertThat(JSON.readTree(get(registry, "/config").body()).path("compatibilityLevel").asText())
        .isEqualTo("BACKWARD");
  }

  private HttpResponse<String> register(
      SchemaRegistryEndpoint registry, String subject, String schema)
      throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(Map.of("schema", schema));
    URI uri = URI.create(registry.confluentApiUrl() + "/subjects/" + subject + "/versions");
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(SchemaRegistryEndpoint registry, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(registry.confluentApiUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
