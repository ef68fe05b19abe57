package io.chainexplorer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs of the API as a client sees them; every JSON answer is checked against openapi.yaml. */
final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String baseUrl;
  private final String key;

  ApiClient(String baseUrl, String key) {
    this.baseUrl = baseUrl;
    this.key = key;
  }

  String baseUrl() {
    return baseUrl;
  }

  /** One answer: status, content type, Retry-After, parsed body. */
  record Answer(int status, String contentType, String retryAfter, JsonNode body) {}

  Answer get(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    JsonNode body =
        contentType.contains("json")
            ? JSON.readTree(response.body())
            : JSON.getNodeFactory().textNode(response.body());
    if (contentType.contains("json")) {
      OpenApiContract.check(path, response.statusCode(), contentType, body);
    }
    return new Answer(
        response.statusCode(),
        contentType,
        response.headers().firstValue("Retry-After").orElse(null),
        body);
  }
}
