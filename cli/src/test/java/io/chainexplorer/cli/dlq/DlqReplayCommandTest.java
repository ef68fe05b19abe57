package io.chainexplorer.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import org.junit.jupiter.api.Test;

class DlqReplayCommandTest {

  @Test
  void shouldExitTwoNamingTheAppsWhenTheAppIsUnknown() {
    CliRun run = CliRun.of("dlq", "replay", "--app", "nope");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not an app: nope").contains("contract-decoder");
  }

  @Test
  void shouldExitTwoWhenTheRangeEndsBeforeItStarts() {
    CliRun run =
        CliRun.of(
            "dlq",
            "replay",
            "--app",
            "tx-enricher",
            "--from",
            "2026-12-07T10:00:00Z",
            "--to",
            "2026-12-07T09:00:00Z");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not before --to");
  }

  @Test
  void shouldShowTheReplayCommandUnderDlq() {
    CliRun run = CliRun.of("dlq", "replay", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--app").contains("--from").contains("--to");
  }
}
