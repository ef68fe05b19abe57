package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmbeddedAnvilIT {

  @Test
  void shouldMineOnlyWhenAskedWhenMiningIsManual() {
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().manualMining().start()) {
      assertThat(blockNumber(anvil)).isZero();

      anvil.mine();
      anvil.mine();

      assertThat(blockNumber(anvil)).isEqualTo(2);
    }
  }

  @Test
  void shouldMineBlocksOnItsOwnWhenABlockTimeIsSet() {
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().blockTime(1).start()) {
      assertThat(anvil.rpc().call("eth_chainId").asText()).isEqualTo(EmbeddedAnvil.CHAIN_ID);

      await().atMost(Duration.ofSeconds(10)).until(() -> blockNumber(anvil) >= 2);
    }
  }

  @Test
  void shouldRefuseConnectionsWhenClosed() {
    EmbeddedAnvil anvil = EmbeddedAnvil.builder().manualMining().start();
    int port = anvil.rpcUrl().getPort();

    anvil.close();

    assertThat(FreePorts.isListening(port)).isFalse();
  }

  private static long blockNumber(EmbeddedAnvil anvil) {
    return Long.decode(anvil.rpc().call("eth_blockNumber").asText());
  }
}
