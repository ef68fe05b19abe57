package io.chainexplorer.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP contract of the client against a scripted loopback server; the real one is in *IT. */
class RestSchemaRegistryClientTest {

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int status = 200;
  private volatile String body = "{\"id\": 7}";
  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void shouldRetryServerErrorsThenSucceed() {
    failuresLeft.set(2);

    int id =
        client(base() + "/apis/ccompat/v6", Map.of())
            .register("t-value", MockSchemaRegistryTest.V1);

    assertThat(id).isEqualTo(7);
    assertThat(requests)
        .containsExactly(
            "POST /apis/ccompat/v6/subjects/t-value/versions",
            "POST /apis/ccompat/v6/subjects/t-value/versions",
            "POST /apis/ccompat/v6/subjects/t-value/versions");
    assertThat(contentTypes).containsOnly("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void shouldGiveUpWithUrlButNoCredentialsWhenServerKeepsFailing() {
    failuresLeft.set(100);
    String url = "http://bob:s3cret@127.0.0.1:" + server.getAddress().getPort() + "/";

    assertThatThrownBy(() -> client(url, Map.of("schema.registry.retries", 2)).getById(1))
        .isInstanceOf(SchemaRegistryUnavailableException.class)
        .hasMessageContaining(
            "Schema Registry at http://127.0.0.1:" + server.getAddress().getPort())
        .hasMessageContaining("after 3 attempts")
        .hasMessageNotContaining("s3cret");
    assertThat(requests).hasSize(3);
    assertThat(authorizations).allMatch(header -> header.startsWith("Basic "));
  }

  @Test
  void shouldSendBasicAuthAndStripTrailingSlash() {
    body = "{\"schema\": \"\\\"long\\\"\"}";

    client(base() + "/", Map.of("basic.auth.user.info", "bob:s3cret")).getById(3);

    assertThat(requests).containsExactly("GET /schemas/ids/3");
    assertThat(authorizations).containsExactly("Basic Ym9iOnMzY3JldA==");
  }

  @Test
  void shouldMapConflictToIncompatibleSchemaWhateverTheBody() {
    status = 409;
    body = "{\"error_code\": 0, \"message\": \"incompatible\"}";

    assertThatThrownBy(
            () -> client(base(), Map.of()).register("t-value", MockSchemaRegistryTest.V1))
        .isInstanceOfSatisfying(
            IncompatibleSchemaException.class, e -> assertThat(e.status()).isEqualTo(409))
        .hasMessageContaining("answered 409");
  }

  @Test
  void shouldTellMissingSubjectFromMissingSchemaOnLookup() {
    status = 404;
    body = "{\"error_code\": 40401, \"message\": \"Subject not found\"}";
    RestSchemaRegistryClient client = client(base(), Map.of());

    assertThatThrownBy(() -> client.lookupId("t-value", MockSchemaRegistryTest.V1))
        .isInstanceOf(SubjectNotFoundException.class);
    body = "{\"error_code\": 40403, \"message\": \"Schema not found\"}";
    assertThatThrownBy(() -> client.lookupId("t-value", MockSchemaRegistryTest.V1))
        .isInstanceOf(SchemaNotFoundException.class)
        .hasMessageContaining("40403");
  }

  @Test
  void shouldNotRetryClientErrors() {
    status = 422;
    body = "{\"error_code\": 42201, \"message\": \"Invalid schema\"}";

    assertThatThrownBy(
            () -> client(base(), Map.of()).register("t-value", MockSchemaRegistryTest.V1))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42201));
    assertThat(requests).hasSize(1);
  }

  @Test
  void shouldReadBothConfigAnswerShapes() {
    body = "{\"compatibilityLevel\": \"FULL\"}";
    RestSchemaRegistryClient client = client(base(), Map.of());

    assertThat(client.getCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    status = 404;
    body = "{\"error_code\": 40408}";
    assertThat(client.getCompatibility("t-value")).isEmpty();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private RestSchemaRegistryClient client(String url, Map<String, Object> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.put("schema.registry.url", url);
    return new RestSchemaRegistryClient(new SchemaRegistryClientConfig(config), millis -> {});
  }

  private void answer(HttpExchange exchange) throws IOException {
    requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null) {
      authorizations.add(authorization);
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null) {
      contentTypes.add(contentType);
    }
    exchange.getRequestBody().readAllBytes();
    boolean fail = failuresLeft.getAndDecrement() > 0;
    byte[] answer = (fail ? "{\"error_code\": 50001}" : body).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(fail ? 503 : status, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }
}
