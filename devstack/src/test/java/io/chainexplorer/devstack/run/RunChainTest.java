package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunChainTest {

  @Test
  void shouldNameTheChainsRunKnowsAfterTheirNetwork() {
    assertThat(RunChain.ofChainId(1).name()).isEqualTo("eth-mainnet");
    assertThat(RunChain.ofChainId(11_155_111).name()).isEqualTo("eth-sepolia");
    assertThat(RunChain.ofChainId(31_337).name()).isEqualTo("devnet");
    assertThat(RunChain.ofChainId(31_337).isDevnet()).isTrue();
    assertThat(RunChain.ofChainId(1).network()).contains(Network.mainnet);
  }

  @Test
  void shouldNameAnyOtherChainAfterItsId() {
    RunChain chain = RunChain.ofChainId(5);

    assertThat(chain.name()).isEqualTo("chain-5");
    assertThat(chain.id()).isEqualTo(5);
    assertThat(chain.network()).isEmpty();
    assertThat(chain.isDevnet()).isFalse();
  }

  @Test
  void shouldKeepEachChainsDataInADirectoryOfItsOwn() {
    Path root = Path.of("/repo");

    assertThat(RunCommand.defaultDataDir(root, RunChain.ofChainId(31_337)))
        .isEqualTo(Path.of("/repo/run-data/devnet"));
    assertThat(RunCommand.defaultDataDir(root, RunChain.ofChainId(1)))
        .isEqualTo(Path.of("/repo/run-data/mainnet"));
    assertThat(RunCommand.defaultDataDir(root, RunChain.ofChainId(137)))
        .isEqualTo(Path.of("/repo/run-data/chain-137"));
  }

  @Test
  void shouldPollAnUnknownChainAtAPublicPaceThroughTheGivenEndpointsOnly() {
    Map<String, String> settings =
        RunChain.ofChainId(5).pollerSettings(Map.of(Network.INFURA_KEYS, "infura-1=abc"));

    assertThat(settings)
        .containsEntry("chain.id", "5")
        .containsEntry("block.time.ms", "12000")
        .containsEntry("confirmations", "12");
    assertThat(settings.keySet()).noneMatch(key -> key.startsWith("provider."));
  }

  @Test
  void shouldRefuseAChainIdThatIsNotPositive() {
    assertThatThrownBy(() -> RunChain.ofChainId(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
