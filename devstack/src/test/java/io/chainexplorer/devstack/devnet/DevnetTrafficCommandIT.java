package io.chainexplorer.devstack.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(AnvilExtension.class)
class DevnetTrafficCommandIT {

  @Test
  void shouldDeploySendTrafficForTheDurationAndWriteTheAbis(AnvilEndpoint anvil, @TempDir Path dir)
      throws Exception {
    CliRun run =
        CliRun.of(
            "devnet",
            "traffic",
            "--rpc-url",
            anvil.rpcUrl().toString(),
            "--rate",
            "20",
            "--duration",
            "4",
            "--summary-seconds",
            "1",
            "--abi-dir",
            dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("EIP-1967 proxy", "security token", "Stopped: sent ");
    assertThat(run.out()).containsPattern("mined [1-9][0-9]* \\([1-9][0-9]* reverted\\)");
    try (Stream<Path> abis = Files.list(dir)) {
      assertThat(abis.filter(path -> path.toString().endsWith(".json"))).hasSize(8);
    }
  }

  @Test
  void shouldRefuseAnUnknownKindWithExitCodeTwo(AnvilEndpoint anvil) {
    CliRun run =
        CliRun.of("devnet", "traffic", "--rpc-url", anvil.rpcUrl().toString(), "--mix", "erc-20=3");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("traffic.mix", "unknown traffic kind 'erc-20'", "erc20-transfer");
  }

  @Test
  void shouldAskForASubcommandWhenGivenNone() {
    CliRun run = CliRun.of("devnet");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("traffic");
  }
}
