package io.chainexplorer.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientConfigTest {

  @Test
  void shouldDocumentEveryKey() {
    assertThat(SchemaRegistryClientConfig.CONFIG_DEF.configKeys().values())
        .isNotEmpty()
        .allSatisfy(key -> assertThat(key.documentation).as(key.name).isNotBlank());
  }

  @Test
  void shouldHideCredentialsWhenValuesArePrinted() {
    SchemaRegistryClientConfig config =
        new SchemaRegistryClientConfig(
            Map.of(
                "schema.registry.url",
                "http://localhost:8081",
                "basic.auth.user.info",
                "bob:s3cret"));

    assertThat(config.basicAuthUserInfo()).isEqualTo("bob:s3cret");
    assertThat(config.values().toString()).doesNotContain("s3cret");
  }

  @Test
  void shouldApplyDefaultsAndIgnoreProducerKeys() {
    SchemaRegistryClientConfig config =
        new SchemaRegistryClientConfig(
            Map.of("schema.registry.url", "mock://x", "bootstrap.servers", "localhost:9092"));

    assertThat(config.autoRegisterSchemas()).isTrue();
    assertThat(config.useLatestVersion()).isFalse();
    assertThat(config.cacheCapacity()).isEqualTo(1000);
    assertThat(config.retryPolicy().retries()).isEqualTo(5);
    assertThat(config.isMock()).isTrue();
    assertThat(config.mockScope()).isEqualTo("x");
  }

  @Test
  void shouldFailAtStartWhenUrlIsMissing() {
    assertThatThrownBy(() -> new SchemaRegistryClientConfig(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url");
  }

  @Test
  void shouldKeepJitteredBackoffWithinHalfAndFullOfCappedExponential() {
    RetryPolicy policy = new RetryPolicy(5, 100, 1000);

    for (int i = 0; i < 100; i++) {
      assertThat(policy.backoffMs(1)).isBetween(50L, 100L);
      assertThat(policy.backoffMs(3)).isBetween(200L, 400L);
      assertThat(policy.backoffMs(10)).isBetween(500L, 1000L);
    }
  }
}
