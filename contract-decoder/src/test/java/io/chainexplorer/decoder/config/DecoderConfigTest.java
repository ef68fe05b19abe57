package io.chainexplorer.decoder.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.platform.config.ConfigLog;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DecoderConfigTest {

  @Test
  void shouldDefaultToChainQualifiedApplicationIdAndNoAbiDir() {
    DecoderConfig config = new DecoderConfig(Map.of());

    assertThat(config.applicationId()).isEqualTo("eth-mainnet-contract-decoder");
    assertThat(config.abiDir()).isEmpty();
    assertThat(config.commitIntervalMs()).isEqualTo(100L);
  }

  @Test
  void shouldReadAbiDir() {
    DecoderConfig config = new DecoderConfig(Map.of("abi.dir", "abis"));

    assertThat(config.abiDir()).hasValue(Path.of("abis"));
  }

  @Test
  void shouldRejectChainNameThatCannotPrefixATopic() {
    assertThatThrownBy(() -> new DecoderConfig(Map.of("chain.name", "Eth Mainnet")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("chain.name");
  }

  @Test
  void shouldMaskRegistryCredentialsWhenLogged() {
    DecoderConfig config =
        new DecoderConfig(Map.of("schema.registry.basic.auth.user.info", "carol:opensesame"));

    assertThat(ConfigLog.render(config)).doesNotContain("opensesame");
  }
}
