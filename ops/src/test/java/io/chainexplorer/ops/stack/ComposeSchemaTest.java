package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both stack files validate against the Compose Specification's JSON schema (compose-spec.json,
 * copied from the compose-spec project), after interpolation as Docker applies it.
 */
class ComposeSchemaTest {

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
    // The schema's $id is a bare file name, which the default identifier check refuses.
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .schemaIdValidator((id, root, location, resolved, context) -> true)
            .build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(
            SchemaLocation.of("classpath:io/chainexplorer/ops/stack/compose-spec.json"), config);
  }
}
