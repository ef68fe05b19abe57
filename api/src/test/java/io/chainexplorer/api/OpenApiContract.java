package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The committed {@code openapi.yaml}, parsed by swagger-parser, and a check of one real response
 * against the schema its path, status and content type declare (JSON Schema 2020-12).
 */
final class OpenApiContract {

  private static final OpenAPI SPEC = load();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private OpenApiContract() {}

  static OpenAPI spec() {
    return SPEC;
  }

  private static OpenAPI load() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation("openapi.yaml", null, options);
    assertThat(result.getMessages()).as("openapi.yaml parse messages").isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    return result.getOpenAPI();
  }

  /**
   * Fails unless the spec declares this answer and the body validates against its schema; an answer
   * of a path the spec does not have must be a problem body.
   */
  static void check(String path, int status, String contentType, JsonNode body) {
    String mediaType = contentType.split(";")[0].trim();
    Schema<?> declared = template(path).map(t -> declared(t, status, mediaType)).orElse(null);
    if (declared == null) {
      assertThat(mediaType).isEqualTo("application/problem+json");
      declared = SPEC.getComponents().getSchemas().get("Problem");
    }
    JsonNode schema = Json31.mapper().valueToTree(declared);
    Set<ValidationMessage> errors = SCHEMAS.getSchema(schema).validate(body);
    assertThat(errors).as("%s %d body %s", path, status, body).isEmpty();
  }

  private static Schema<?> declared(String template, int status, String mediaType) {
    Operation get = SPEC.getPaths().get(template).getGet();
    ApiResponse response = get.getResponses().get(Integer.toString(status));
    assertThat(response).as("%s declares status %d", template, status).isNotNull();
    MediaType media = response.getContent().get(mediaType);
    assertThat(media).as("%s %d declares %s", template, status, mediaType).isNotNull();
    return media.getSchema();
  }

  /** The spec's path template matching a concrete path, literal segments winning. */
  static Optional<String> template(String path) {
    String bare = path.split("\\?")[0];
    return SPEC.getPaths().keySet().stream()
        .filter(t -> bare.matches(t.replaceAll("\\{[^/]+}", "[^/]+")))
        .min(Comparator.comparingInt(t -> t.split("\\{").length));
  }
}
