package io.chainexplorer.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.schemas.registry.RegistryHttp.NotFound;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * {@link SchemaRegistryClient} over the Confluent REST API, on the JDK HttpClient and Jackson. It
 * caches nothing: wrap it in {@link CachingSchemaRegistryClient} for the serde's hot path.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

  private final RegistryHttp http;

  public RestSchemaRegistryClient(SchemaRegistryClientConfig config) {
    this(config, Thread::sleep);
  }

  RestSchemaRegistryClient(SchemaRegistryClientConfig config, RegistryHttp.Sleeper sleeper) {
    this.http = new RegistryHttp(config, sleeper);
  }

  /** The registry's base URL without credentials. */
  public String url() {
    return http.displayUrl();
  }

  @Override
  public int register(String subject, Schema schema) {
    JsonNode answer =
        http.send("POST", subjectPath(subject) + "/versions", schemaBody(schema), NotFound.SUBJECT);
    return answer.path("id").asInt();
  }

  @Override
  public int lookupId(String subject, Schema schema) {
    JsonNode answer =
        http.send("POST", subjectPath(subject), schemaBody(schema), NotFound.SUBJECT_OR_SCHEMA);
    return answer.path("id").asInt();
  }

  @Override
  public Schema getById(int id) {
    JsonNode answer = http.send("GET", "/schemas/ids/" + id, null, NotFound.SCHEMA);
    return new Schema.Parser().parse(answer.path("schema").asText());
  }

  @Override
  public RegisteredSchema latest(String subject) {
    JsonNode answer =
        http.send("GET", subjectPath(subject) + "/versions/latest", null, NotFound.SUBJECT);
    return new RegisteredSchema(
        subject,
        answer.path("id").asInt(),
        answer.path("version").asInt(),
        new Schema.Parser().parse(answer.path("schema").asText()));
  }

  @Override
  public boolean testCompatibility(String subject, Schema schema) {
    JsonNode answer =
        http.send(
            "POST",
            "/compatibility" + subjectPath(subject) + "/versions/latest",
            schemaBody(schema),
            NotFound.EMPTY);
    // No version yet: anything is compatible with nothing.
    return answer == null || answer.path("is_compatible").asBoolean(false);
  }

  @Override
  public CompatibilityLevel getCompatibility() {
    return level(http.send("GET", "/config", null, NotFound.SCHEMA));
  }

  @Override
  public Optional<CompatibilityLevel> getCompatibility(String subject) {
    JsonNode answer = http.send("GET", "/config/" + encode(subject), null, NotFound.EMPTY);
    return Optional.ofNullable(answer).map(RestSchemaRegistryClient::level);
  }

  @Override
  public void setCompatibility(CompatibilityLevel level) {
    http.send("PUT", "/config", Map.of("compatibility", level.name()), NotFound.SCHEMA);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    http.send(
        "PUT",
        "/config/" + encode(subject),
        Map.of("compatibility", level.name()),
        NotFound.SUBJECT);
  }

  private static CompatibilityLevel level(JsonNode answer) {
    // Confluent answers compatibilityLevel on GET and compatibility on PUT.
    JsonNode level =
        answer.has("compatibilityLevel")
            ? answer.get("compatibilityLevel")
            : answer.path("compatibility");
    return CompatibilityLevel.valueOf(level.asText());
  }

  private static Map<String, String> schemaBody(Schema schema) {
    return Map.of("schema", schema.toString());
  }

  private static String subjectPath(String subject) {
    return "/subjects/" + encode(subject);
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
