package io.chainexplorer.cli.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import org.junit.jupiter.api.Test;

class EnrichCommandTest {

  @Test
  void shouldDocumentEveryOptionWhenAskedForHelp() {
    CliRun run = CliRun.of("enrich", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: chain-explorer enrich")
        .contains("-c, --config=FILE")
        .contains("-s, --set=KEY=VALUE")
        .contains("-h, --help")
        .contains("dead-letter")
        .contains("Exit code 0");
  }

  @Test
  void shouldBeListedAmongTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.out()).contains("enrich");
  }

  @Test
  void shouldRejectAnInvalidSettingBeforeStarting() {
    CliRun run = CliRun.of("enrich", "-s", "processing.guarantee=exactly_once");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("processing.guarantee");
  }
}
