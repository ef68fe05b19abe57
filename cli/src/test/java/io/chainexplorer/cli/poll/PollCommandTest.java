package io.chainexplorer.cli.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import org.junit.jupiter.api.Test;

class PollCommandTest {

  @Test
  void shouldDocumentEveryOptionWhenAskedForHelp() {
    CliRun run = CliRun.of("poll", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: chain-explorer poll")
        .contains("-c, --config=FILE")
        .contains("-s, --set=KEY=VALUE")
        .contains("--rpc-url=URL")
        .contains("-h, --help")
        .contains("-V, --version")
        .contains("hot standby")
        .contains("Exit code 0");
  }

  @Test
  void shouldBeListedAmongTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.out()).contains("poll");
  }

  @Test
  void shouldRejectAnInvalidRpcUrlWithoutEchoingIt() {
    CliRun run = CliRun.of("poll", "--rpc-url", "ftp://node.example/SECRETKEY");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("rpc.urls").doesNotContain("SECRETKEY");
    assertThat(run.out()).doesNotContain("SECRETKEY");
  }

  @Test
  void shouldRejectAnInvalidSettingBeforeStarting() {
    CliRun run = CliRun.of("poll", "-s", "reorg.window.blocks=10");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("reorg.window.blocks");
  }
}
