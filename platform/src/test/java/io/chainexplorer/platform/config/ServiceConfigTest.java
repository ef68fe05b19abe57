package io.chainexplorer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
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

  @Test
  void shouldGiveEveryKafkaClientTheConfiguredSecuritySettings() {
    SampleConfig config =
        new SampleConfig(
            ConfigLoader.of(SampleConfig.DEFINITION)
                .withEnvironment(Map.of("CHAIN_EXPLORER_SASL_JAAS_CONFIG", JAAS))
                .withOverrides(
                    Map.of(
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "ssl.truststore.location", "/etc/kafka/truststore.p12",
                        "ssl.truststore.password", "s3cr3t-store",
                        "ssl.truststore.type", "PKCS12"))
                .resolve());

    Map<String, Object> client = config.kafkaClientProperties();

    assertThat(client)
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
        .containsEntry("ssl.truststore.type", "PKCS12")
        .containsEntry("sasl.jaas.config", new Password(JAAS))
        .containsEntry("ssl.truststore.password", new Password("s3cr3t-store"))
        .doesNotContainKeys("ssl.keystore.location", "ssl.endpoint.identification.algorithm");
    assertThat(client.get("sasl.jaas.config").toString()).doesNotContain("s3cr3t");
  }

  @Test
  void shouldGiveStreamsTheSecuritySettings() {
    StreamsServiceConfig config =
        new StreamsServiceConfig(
            StreamsServiceConfig.streamsDefinition(),
            Map.of("security.protocol", "SSL", "ssl.keystore.location", "/etc/kafka/app.p12")) {
          @Override
          public String serviceName() {
            return "sample-streams";
          }
        };

    assertThat(config.kafkaStreamsProperties())
        .containsEntry("security.protocol", "SSL")
        .containsEntry("ssl.keystore.location", "/etc/kafka/app.p12");
  }

  @Test
  void shouldRefuseAnUnknownSecurityProtocolNamingTheKey() {
    ConfigLoader loader =
        ConfigLoader.of(SampleConfig.DEFINITION)
            .withEnvironment(Map.of())
            .withOverrides(Map.of("security.protocol", "TLS"));

    assertThatThrownBy(loader::resolve)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Invalid value TLS for configuration security.protocol");
  }

  @Test
  void shouldDeclareTheJaasConfigAndEveryStorePasswordAsPasswords() {
    ConfigDef definition = ServiceConfig.baseDefinition();

    for (String key :
        new String[] {
          "sasl.jaas.config",
          "ssl.truststore.password",
          "ssl.keystore.password",
          "ssl.key.password",
          "schema.registry.ssl.truststore.password",
          "schema.registry.ssl.keystore.password",
          "schema.registry.ssl.key.password"
        }) {
      assertThat(definition.configKeys().get(key).type).as(key).isEqualTo(ConfigDef.Type.PASSWORD);
    }
  }

  @Test
  void shouldPassTheRegistryTruststoreToTheSerdesWhenConfigured() {
    SampleConfig config =
        new SampleConfig(
            Map.of(
                "schema.registry.url", "https://registry:8081",
                "schema.registry.ssl.truststore.location", "/etc/registry/truststore.p12",
                "schema.registry.ssl.truststore.password", "s3cr3t-store"));

    assertThat(config.serdeConfig())
        .containsEntry("schema.registry.ssl.truststore.location", "/etc/registry/truststore.p12")
        .containsEntry("schema.registry.ssl.truststore.password", new Password("s3cr3t-store"))
        .doesNotContainKey("schema.registry.ssl.keystore.location");
  }

  private static final String JAAS =
      "org.apache.kafka.common.security.scram.ScramLoginModule required"
          + " username=\"block-poller\" password=\"s3cr3t-jaas\";";
}
