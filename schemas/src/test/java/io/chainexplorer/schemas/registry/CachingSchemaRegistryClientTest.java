package io.chainexplorer.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachingSchemaRegistryClientTest {

  private final String scope = "caching-" + UUID.randomUUID();
  private final AtomicInteger remoteCalls = new AtomicInteger();

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(scope);
  }

  @Test
  void shouldAnswerRepeatedRegisterAndGetByIdFromCache() {
    CachingSchemaRegistryClient client = new CachingSchemaRegistryClient(counting(), 10);

    int id = client.register("t-value", MockSchemaRegistryTest.V1);
    client.register("t-value", MockSchemaRegistryTest.V1);
    client.lookupId("t-value", MockSchemaRegistryTest.V1);
    Schema schema = client.getById(id);

    assertThat(schema).isEqualTo(MockSchemaRegistryTest.V1);
    assertThat(remoteCalls).hasValue(1);
  }

  @Test
  void shouldAskRegistryAgainPastCapacity() {
    CachingSchemaRegistryClient client = new CachingSchemaRegistryClient(counting(), 1);
    client.register("a-value", MockSchemaRegistryTest.V1);
    client.register("a-value", MockSchemaRegistryTest.V2_WITH_DEFAULT);

    client.register("a-value", MockSchemaRegistryTest.V2_WITH_DEFAULT);

    assertThat(remoteCalls).hasValue(3);
  }

  private SchemaRegistryClient counting() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    return new SchemaRegistryClient() {
      @Override
      public int register(String subject, Schema schema) {
        remoteCalls.incrementAndGet();
        return registry.register(subject, schema);
      }

      @Override
      public int lookupId(String subject, Schema schema) {
        remoteCalls.incrementAndGet();
        return registry.lookupId(subject, schema);
      }

      @Override
      public Schema getById(int id) {
        remoteCalls.incrementAndGet();
        return registry.getById(id);
      }

      @Override
      public RegisteredSchema latest(String subject) {
        remoteCalls.incrementAndGet();
        return registry.latest(subject);
      }

      @Override
      public boolean testCompatibility(String subject, Schema schema) {
        return registry.testCompatibility(subject, schema);
      }

      @Override
      public CompatibilityLevel getCompatibility() {
        return registry.getCompatibility();
      }

      @Override
      public java.util.Optional<CompatibilityLevel> getCompatibility(String subject) {
        return registry.getCompatibility(subject);
      }

      @Override
      public void setCompatibility(CompatibilityLevel level) {
        registry.setCompatibility(level);
      }

      @Override
      public void setCompatibility(String subject, CompatibilityLevel level) {
        registry.setCompatibility(subject, level);
      }
    };
  }
}
