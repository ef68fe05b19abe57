package io.chainexplorer.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChainNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"eth-mainnet", "base", "arb1", "polygon-zkevm-cardona", "31337"})
  void shouldAcceptLowercaseWordsJoinedByDashes(String name) {
    assertThat(ChainName.of(name).value()).isEqualTo(name);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Eth-mainnet",
        "eth_mainnet",
        "-eth",
        "eth-",
        "eth--mainnet",
        "eth.mainnet",
        "eth mainnet"
      })
  void shouldRejectNameWhenNotLowercaseWordsJoinedByDashes(String name) {
    assertThatThrownBy(() -> ChainName.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid chain name");
  }

  @Test
  void shouldCompareByValue() {
    assertThat(ChainName.of("eth-mainnet")).isEqualTo(ChainName.of("eth-mainnet"));
    assertThat(ChainName.of("eth-mainnet")).hasToString("eth-mainnet");
  }
}
