package io.chainexplorer.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import io.chainexplorer.platform.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDocsCommandTest {

  @TempDir Path dir;

  @Test
  void shouldDocumentEveryKeyOfEveryAppWithItsEnvironmentVariable() {
    String reference = ConfigReference.markdown();

    for (ConfiguredApp app : ConfiguredApp.values()) {
      for (String key : app.definition().names()) {
        assertThat(reference)
            .as("reference row of %s in %s", key, app)
            .contains("| `" + key + "` |")
            .contains("`" + ConfigLoader.envVar(key) + "`");
      }
    }
    assertThat(reference).contains("### block-poller").contains("### Every service");
  }

  @Test
  void shouldPrintBothRegionsWithoutUpdate() {
    CliRun run = CliRun.of("config-docs");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("## config-reference")
        .contains("| `rpc.urls` | password |")
        .contains("## topic-table")
        .contains("`eth-mainnet.");
  }

  @Test
  void shouldRewriteOnlyTheMarkedRegionsAndReportUpToDateAfterwards() throws IOException {
    Path readme =
        Files.writeString(
            dir.resolve("README.md"),
            "# Title\n\nintro\n\n<!-- config-reference:start -->\nstale\n"
                + "<!-- config-reference:end -->\n\noutro\n");

    CliRun first = CliRun.of("config-docs", "--update", readme.toString());
    String updated = Files.readString(readme);
    CliRun second = CliRun.of("config-docs", "--update", readme.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("updated: ");
    assertThat(first.err()).contains("no topic-table markers");
    assertThat(updated)
        .startsWith("# Title\n\nintro\n\n<!-- config-reference:start -->\n")
        .endsWith("<!-- config-reference:end -->\n\noutro\n")
        .doesNotContain("stale")
        .contains(ConfigReference.markdown().strip());
    assertThat(second.out()).contains("up to date: ");
    assertThat(Files.readString(readme)).isEqualTo(updated);
  }

  @Test
  void shouldExitTwoWhenTheFileToUpdateIsMissing() {
    CliRun run = CliRun.of("config-docs", "--update", dir.resolve("NOPE.md").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("NOPE.md does not exist");
  }

  @Test
  void shouldExitTwoOnAnInvalidChainName() {
    CliRun run = CliRun.of("config-docs", "--chain", "Not A Chain");

    assertThat(run.exitCode()).isEqualTo(2);
  }
}
