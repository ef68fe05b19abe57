package io.chainexplorer.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST client against a real registry (Apicurio's Confluent-compatible API). */
@ExtendWith(SchemaRegistryExtension.class)
class RestSchemaRegistryClientIT {

  private final String subject = "it-" + UUID.randomUUID() + "-value";

  @Test
  void shouldRegisterLookUpAndFetchById(SchemaRegistryEndpoint registry) {
    RestSchemaRegistryClient client = client(registry.confluentApiUrl());

    int id = client.register(subject, MockSchemaRegistryTest.V1);

    assertThat(client.register(subject, MockSchemaRegistryTest.V1)).isEqualTo(id);
    assertThat(client.lookupId(subject, MockSchemaRegistryTest.V1)).isEqualTo(id);
    assertThat(client.getById(id)).isEqualTo(MockSchemaRegistryTest.V1);
    RegisteredSchema latest = client.latest(subject);
    assertThat(latest.id()).isEqualTo(id);
    assertThat(latest.version()).isEqualTo(1);
    assertThat(latest.schema()).isEqualTo(MockSchemaRegistryTest.V1);
  }

  @Test
  void shouldWorkWithTrailingSlashInBaseUrl(SchemaRegistryEndpoint registry) {
    RestSchemaRegistryClient client = client(registry.confluentApiUrl() + "/");

    int id = client.register(subject, MockSchemaRegistryTest.V1);

    assertThat(client.getById(id)).isEqualTo(MockSchemaRegistryTest.V1);
  }

  @Test
  void shouldRejectIncompatibleSchemaWith409WhenSubjectIsBackward(SchemaRegistryEndpoint registry) {
    RestSchemaRegistryClient client = client(registry.confluentApiUrl());
    client.register(subject, MockSchemaRegistryTest.V1);
    client.setCompatibility(subject, CompatibilityLevel.BACKWARD);

    assertThat(client.getCompatibility(subject)).contains(CompatibilityLevel.BACKWARD);
    assertThat(client.testCompatibility(subject, MockSchemaRegistryTest.V2_WITH_DEFAULT)).isTrue();
    assertThat(client.testCompatibility(subject, MockSchemaRegistryTest.V2_WITHOUT_DEFAULT))
        .isFalse();
    assertThatThrownBy(() -> client.register(subject, MockSchemaRegistryTest.V2_WITHOUT_DEFAULT))
        .isInstanceOfSatisfying(
            IncompatibleSchemaException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void shouldReadAndWriteGlobalCompatibility(SchemaRegistryEndpoint registry) {
    RestSchemaRegistryClient client = client(registry.confluentApiUrl());
    CompatibilityLevel before = client.getCompatibility();
    try {
      client.setCompatibility(CompatibilityLevel.FULL);

      assertThat(client.getCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    } finally {
      client.setCompatibility(before);
    }
  }

  @Test
  void shouldTellMissingSubjectAndSchema(SchemaRegistryEndpoint registry) {
    RestSchemaRegistryClient client = client(registry.confluentApiUrl());

    assertThatThrownBy(() -> client.latest(subject)).isInstanceOf(SubjectNotFoundException.class);
    assertThatThrownBy(() -> client.getById(987_654)).isInstanceOf(SchemaNotFoundException.class);
  }

  @Test
  void shouldGiveClearErrorAfterRetriesWhenRegistryIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RestSchemaRegistryClient client =
        new RestSchemaRegistryClient(
            new SchemaRegistryClientConfig(
                Map.of(
                    "schema.registry.url", "http://bob:s3cret@127.0.0.1:" + closedPort,
                    "schema.registry.retries", 2,
                    "schema.registry.retry.backoff.ms", 10)));

    assertThatThrownBy(() -> client.getById(1))
        .isInstanceOf(SchemaRegistryUnavailableException.class)
        .hasMessageContaining("Schema Registry at http://127.0.0.1:" + closedPort + " unavailable")
        .hasMessageContaining("after 3 attempts")
        .hasMessageNotContaining("s3cret");
  }

  private static RestSchemaRegistryClient client(String url) {
    return new RestSchemaRegistryClient(
        new SchemaRegistryClientConfig(Map.of("schema.registry.url", url)));
  }
}
