package io.chainexplorer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

  @Test
  void shouldGiveEveryKafkaClientTheConfiguredBootstrapServers() {
    SampleConfig config = new SampleConfig(Map.of("kafka.bootstrap.servers", "k1:9092,k2:9092"));

    assertThat(config.kafkaClientProperties())
        .containsExactlyEntriesOf(Map.of("bootstrap.servers", "k1:9092,k2:9092"));
  }

  @Test
  void shouldHandOutAFreshClientMapForEachCaller() {
    SampleConfig config = new SampleConfig(Map.of());

    config.kafkaClientProperties().put("acks", "all");

    assertThat(config.kafkaClientProperties()).doesNotContainKey("acks");
  }

  @Test
  void shouldPointTheSerdesAtTheRegistryWithoutCredentialsByDefault() {
    SampleConfig config = new SampleConfig(Map.of("schema.registry.url", "http://registry:8081"));

    assertThat(config.serdeConfig())
        .containsExactlyEntriesOf(Map.of("schema.registry.url", "http://registry:8081"));
  }

  @Test
  void shouldPassTheRegistryCredentialsToTheSerdesWhenConfigured() {
    SampleConfig config =
        new SampleConfig(Map.of("schema.registry.basic.auth.user.info", "reader:s3cret"));

    assertThat(config.serdeConfig())
        .containsEntry("schema.registry.url", "http://localhost:8081")
        .containsEntry("basic.auth.user.info", "reader:s3cret");
  }
}
