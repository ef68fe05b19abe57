package io.chainexplorer.enricher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.platform.config.ConfigLog;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class EnricherConfigTest {

  @Test
  void shouldDefaultToExactlyOnceWithChainQualifiedApplicationId() {
    EnricherConfig config = new EnricherConfig(Map.of("chain.name", "eth-sepolia"));

    assertThat(config.applicationId()).isEqualTo("eth-sepolia-tx-enricher");
    assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
    assertThat(config.numStreamThreads()).isEqualTo(1);
    assertThat(config.retractionWindowBlocks()).isEqualTo(256);
    assertThat(config.kafkaStreamsProperties())
        .containsEntry("application.id", "eth-sepolia-tx-enricher")
        .containsEntry("bootstrap.servers", "localhost:9092")
        .containsEntry("processing.guarantee", "exactly_once_v2");
  }

  @Test
  void shouldUseConfiguredApplicationIdAndThreads() {
    EnricherConfig config =
        new EnricherConfig(
            Map.of(
                "application.id", "enricher-blue",
                "num.stream.threads", "4",
                "kafka.bootstrap.servers", "k1:9092,k2:9092"));

    assertThat(config.applicationId()).isEqualTo("enricher-blue");
    assertThat(config.kafkaStreamsProperties())
        .containsEntry("num.stream.threads", 4)
        .containsEntry("bootstrap.servers", "k1:9092,k2:9092");
  }

  @Test
  void shouldPointTheMinimalConfigurationAtTheGivenClusterAndStateDirWithDefaultsElsewhere() {
    EnricherConfig config =
        EnricherConfig.minimal(
            "eth-holesky", "k1:9092", "http://registry:8081", Path.of("state", "enricher"));

    assertThat(config.chainName()).isEqualTo("eth-holesky");
    assertThat(config.kafkaBootstrapServers()).containsExactly("k1:9092");
    assertThat(config.schemaRegistryUrl()).isEqualTo("http://registry:8081");
    assertThat(config.stateDir()).isEqualTo(Path.of("state", "enricher"));
    assertThat(config.applicationId()).isEqualTo("eth-holesky-tx-enricher");
    assertThat(config.retractionWindowBlocks()).isEqualTo(256);
  }

  @Test
  void shouldRejectZeroStreamThreads() {
    assertThatThrownBy(() -> new EnricherConfig(Map.of("num.stream.threads", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("num.stream.threads");
  }

  @Test
  void shouldRejectUnknownProcessingGuarantee() {
    assertThatThrownBy(() -> new EnricherConfig(Map.of("processing.guarantee", "exactly_once")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("processing.guarantee");
  }

  @Test
  void shouldMaskRegistryCredentialsWhenLogged() {
    EnricherConfig config =
        new EnricherConfig(Map.of("schema.registry.basic.auth.user.info", "bob:hunter2"));

    assertThat(ConfigLog.render(config))
        .contains("schema.registry.basic.auth.user.info = [hidden]")
        .doesNotContain("hunter2");
  }

  @Test
  void shouldRejectRetractionWindowShorterThanThePollersReorgWindow() {
    assertThatThrownBy(() -> new EnricherConfig(Map.of("retraction.window.blocks", "64")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("retraction.window.blocks");
  }

  @Test
  void shouldCheckNoChainIdUnlessOneIsGivenAndRefuseANegativeOne() {
    assertThat(new EnricherConfig(Map.of()).chainId()).isEmpty();
    assertThat(new EnricherConfig(Map.of("chain.id", "5")).chainId()).hasValue(5);
    assertThatThrownBy(() -> new EnricherConfig(Map.of("chain.id", "-1")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("chain.id");
  }
}
