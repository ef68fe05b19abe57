package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import io.chainexplorer.embedded.EmbeddedAnvil;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --rpc-url} against a node of another chain than the devnet (anvil with chain id 5)
 * refuses a {@code --network} that names another chain before anything starts; {@link RunExportIT}
 * runs the pipeline on such a chain under its own name.
 */
class RunChainIT {

  private static final long CHAIN_ID = 5;

  private static EmbeddedAnvil anvil;

  @TempDir Path dir;

  @BeforeAll
  static void startChain() {
    anvil = EmbeddedAnvil.builder().chainId(CHAIN_ID).manualMining().start();
  }

  @AfterAll
  static void stopChain() {
    anvil.close();
  }

  @Test
  void shouldRefuseANetworkOtherThanTheChainTheNodeServes() {
    CliRun run =
        CliRun.of(
            "run",
            "--rpc-url",
            anvil.rpcUrl().toString(),
            "--network",
            "devnet",
            "--data-dir",
            dir.resolve("data").toString(),
            "--env-file",
            dir.resolve("absent.env").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--network devnet is chain id 31337")
        .contains("serves chain id " + CHAIN_ID)
        .doesNotContain(anvil.rpcUrl().getAuthority());
    assertThat(run.out()).doesNotContain("Starting chain-explorer");
  }
}
