package io.chainexplorer.cli.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import org.junit.jupiter.api.Test;

class BackfillCommandTest {

  @Test
  void shouldDocumentEveryOptionWhenAskedForHelp() {
    CliRun run = CliRun.of("backfill", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: chain-explorer backfill")
        .contains("--from=A")
        .contains("--to=B")
        .contains("-c, --config=FILE")
        .contains("-s, --set=KEY=VALUE")
        .contains("--rpc-url=URL")
        .contains("--threads=N")
        .contains("--window=W")
        .contains("--batch=N")
        .contains("-h, --help")
        .contains("-V, --version")
        .contains("Exit code 0");
  }

  @Test
  void shouldBeListedAmongTheCommands() {
    assertThat(CliRun.of("--help").out()).contains("backfill");
  }

  @Test
  void shouldExitWithTwoWhenTheRangeIsMissing() {
    CliRun run = CliRun.of("backfill", "--from", "10");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--to");
  }

  @Test
  void shouldExitWithTwoWhenTheRangeIsReversed() {
    CliRun run = CliRun.of("backfill", "--from", "10", "--to", "5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("0 <= from <= to");
  }

  @Test
  void shouldRejectAnInvalidRpcUrlWithoutEchoingIt() {
    CliRun run =
        CliRun.of(
            "backfill", "--from", "1", "--to", "2", "--rpc-url", "ftp://node.example/SECRETKEY");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("rpc.urls").doesNotContain("SECRETKEY");
    assertThat(run.out()).doesNotContain("SECRETKEY");
  }
}
