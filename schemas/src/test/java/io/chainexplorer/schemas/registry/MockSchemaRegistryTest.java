package io.chainexplorer.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {

  static final Schema V1 = SchemaBuilder.record("Thing").fields().requiredLong("id").endRecord();
  static final Schema V2_WITH_DEFAULT =
      SchemaBuilder.record("Thing").fields().requiredLong("id").optionalString("note").endRecord();
  static final Schema V2_WITHOUT_DEFAULT =
      SchemaBuilder.record("Thing").fields().requiredLong("id").requiredString("note").endRecord();

  private final String scope = "mock-" + UUID.randomUUID();
  private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(scope);
  }

  @Test
  void shouldReturnSameIdWhenSchemaIsRegisteredTwice() {
    int id = registry.register("t-value", V1);

    assertThat(registry.register("t-value", V1)).isEqualTo(id);
    assertThat(registry.register("other-value", V1)).isEqualTo(id);
    assertThat(registry.lookupId("t-value", V1)).isEqualTo(id);
    assertThat(registry.getById(id)).isEqualTo(V1);
    assertThat(registry.latest("t-value")).isEqualTo(new RegisteredSchema("t-value", id, 1, V1));
  }

  @Test
  void shouldShareStateBetweenClientsOfTheSameScope() {
    int id = registry.register("t-value", V1);

    SchemaRegistryClient other =
        SchemaRegistryClients.create(Map.of(SchemaRegistryClientConfig.URL, "mock://" + scope));

    assertThat(other.getById(id)).isEqualTo(V1);
  }

  @Test
  void shouldRejectIncompatibleSchemaWith409WhenLevelIsBackward() {
    registry.register("t-value", V1);
    registry.setCompatibility(CompatibilityLevel.BACKWARD);

    assertThat(registry.testCompatibility("t-value", V2_WITH_DEFAULT)).isTrue();
    assertThat(registry.testCompatibility("t-value", V2_WITHOUT_DEFAULT)).isFalse();
    assertThatThrownBy(() -> registry.register("t-value", V2_WITHOUT_DEFAULT))
        .isInstanceOfSatisfying(
            IncompatibleSchemaException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void shouldAcceptAnyChangeWhenSubjectLevelIsNone() {
    registry.register("t-value", V1);
    registry.setCompatibility("t-value", CompatibilityLevel.NONE);

    int id = registry.register("t-value", V2_WITHOUT_DEFAULT);

    assertThat(registry.latest("t-value").version()).isEqualTo(2);
    assertThat(registry.latest("t-value").id()).isEqualTo(id);
    assertThat(registry.getCompatibility("t-value")).contains(CompatibilityLevel.NONE);
    assertThat(registry.getCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
  }

  @Test
  void shouldTellSubjectFromSchemaWhenNotFound() {
    registry.register("t-value", V1);

    assertThatThrownBy(() -> registry.latest("missing-value"))
        .isInstanceOf(SubjectNotFoundException.class);
    assertThatThrownBy(() -> registry.lookupId("t-value", V2_WITH_DEFAULT))
        .isInstanceOf(SchemaNotFoundException.class);
    assertThatThrownBy(() -> registry.getById(999)).isInstanceOf(SchemaNotFoundException.class);
  }
}
