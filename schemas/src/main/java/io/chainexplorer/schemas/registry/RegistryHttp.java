package io.chainexplorer.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One registry endpoint over HTTP: JSON in and out with the registry's content type, basic auth,
 * retries with jittered backoff on connection failures and 5xx, and 4xx mapped to exceptions.
 */
final class RegistryHttp {

  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final String ACCEPT =
      "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9,"
          + " application/json; qs=0.5";
  private static final Logger LOG = LoggerFactory.getLogger(RegistryHttp.class);

  /** Waits between retries; tests replace it so that they need not wait. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /** What a 404 means for the request that got it. */
  enum NotFound {
    SUBJECT,
    SCHEMA,
    /** Subject lookup: Confluent's error code 40401 says the subject is missing. */
    SUBJECT_OR_SCHEMA,
    /** A subject without its own config. */
    EMPTY
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http;
  private final String baseUrl;
  private final String displayUrl;
  private final String authorization;
  private final RetryPolicy retry;
  private final Duration timeout;
  private final Sleeper sleeper;

  RegistryHttp(SchemaRegistryClientConfig config, Sleeper sleeper) {
    URI uri = URI.create(config.url().trim());
    this.displayUrl = withoutUserInfo(uri);
    this.baseUrl =
        displayUrl.endsWith("/") ? displayUrl.substring(0, displayUrl.length() - 1) : displayUrl;
    String userInfo = config.basicAuthUserInfo();
    if (userInfo == null && uri.getRawUserInfo() != null) {
      userInfo = uri.getUserInfo();
    }
    this.authorization =
        userInfo == null
            ? null
            : "Basic "
                + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    this.retry = config.retryPolicy();
    this.timeout = Duration.ofMillis(config.requestTimeoutMs());
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout);
    if ("https".equalsIgnoreCase(uri.getScheme())) {
      builder.sslContext(TlsContexts.fromConfig(config));
    }
    this.http = builder.build();
    this.sleeper = sleeper;
  }

  /** The base URL without credentials, safe for messages and logs. */
  String displayUrl() {
    return displayUrl;
  }

  ObjectMapper json() {
    return json;
  }

  /** Sends one request; null only for a 404 mapped to {@link NotFound#EMPTY}. */
  JsonNode send(String method, String path, Object body, NotFound notFound) {
    HttpRequest request = request(method, path, body);
    Exception lastFailure = null;
    for (int attempt = 0; attempt <= retry.retries(); attempt++) {
      if (attempt > 0) {
        pause(attempt, method, path, lastFailure);
      }
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        lastFailure = e;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException("Interrupted calling " + describe(method, path), e);
      }
      int status = response.statusCode();
      if (status >= 500) {
        lastFailure = new IOException("HTTP " + status + ": " + response.body());
        continue;
      }
      return handle(response, method, path, notFound);
    }
    throw new SchemaRegistryUnavailableException(
        String.format(
            "Schema Registry at %s unavailable: %s failed after %d attempts: %s",
            displayUrl, method + " " + path, retry.retries() + 1, describeFailure(lastFailure)),
        lastFailure);
  }

  private HttpRequest request(String method, String path, Object body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(timeout)
            .header("Accept", ACCEPT);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      try {
        builder
            .header("Content-Type", CONTENT_TYPE)
            .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
      } catch (IOException e) {
        throw new SchemaRegistryException("Cannot encode request " + path, e);
      }
    }
    return builder.build();
  }

  private JsonNode handle(
      HttpResponse<String> response, String method, String path, NotFound notFound) {
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    if (status < 300) {
      return body;
    }
    int errorCode = body.path("error_code").asInt(0);
    String message =
        String.format(
            "%s answered %d (error code %d): %s",
            describe(method, path),
            status,
            errorCode,
            body.path("message").asText(response.body()));
    if (status == 404) {
      return notFound(notFound, message, errorCode);
    }
    if (status == 409) {
      throw new IncompatibleSchemaException(message, status, errorCode);
    }
    throw new SchemaRegistryException(message, status, errorCode);
  }

  private static JsonNode notFound(NotFound kind, String message, int errorCode) {
    switch (kind) {
      case EMPTY:
        return null;
      case SUBJECT:
        throw new SubjectNotFoundException(message, 404, errorCode);
      case SUBJECT_OR_SCHEMA:
        if (errorCode == 40401) {
          throw new SubjectNotFoundException(message, 404, errorCode);
        }
        throw new SchemaNotFoundException(message, 404, errorCode);
      default:
        throw new SchemaNotFoundException(message, 404, errorCode);
    }
  }

  private JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return json.createObjectNode();
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return json.createObjectNode().put("message", body);
    }
  }

  private void pause(int attempt, String method, String path, Exception failure) {
    long backoff = retry.backoffMs(attempt);
    LOG.warn(
        "Schema Registry request {} failed ({}); retry {}/{} in {} ms",
        describe(method, path),
        describeFailure(failure),
        attempt,
        retry.retries(),
        backoff);
    try {
      sleeper.sleep(backoff);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException("Interrupted retrying " + describe(method, path), e);
    }
  }

  private String describe(String method, String path) {
    return method + " " + baseUrl + path;
  }

  private static String describeFailure(Exception failure) {
    if (failure == null) {
      return "no answer";
    }
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String withoutUserInfo(URI uri) {
    if (uri.getRawUserInfo() == null) {
      return uri.toString();
    }
    String text = uri.toString();
    return text.replace(uri.getRawUserInfo() + "@", "");
  }
}
