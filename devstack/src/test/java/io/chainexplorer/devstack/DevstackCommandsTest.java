package io.chainexplorer.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.ChainExplorer;
import io.chainexplorer.cli.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The development commands join the product's command line through the extension point. */
class DevstackCommandsTest {

  @Test
  void shouldAddRunAndDevnetToTheCommandLineWhenOnTheClasspath() {
    CommandLine root = ChainExplorer.commandLine();

    assertThat(root.getSubcommands()).containsKeys("run", "devnet", "poll", "config-docs");
    assertThat(root.getSubcommands().get("devnet").getSubcommands()).containsKey("traffic");
  }

  @Test
  void shouldExitZeroAndListEveryOptionOnHelpOfEveryDevelopmentCommand() {
    for (List<String> path :
        List.of(List.of("run"), List.of("devnet"), List.of("devnet", "traffic"))) {
      CommandLine command = ChainExplorer.commandLine();
      for (String name : path) {
        command = command.getSubcommands().get(name);
      }
      List<String> args = new ArrayList<>(path);
      args.add("--help");

      CliRun run = CliRun.of(args.toArray(String[]::new));

      assertThat(run.exitCode()).as("exit code of %s", path).isZero();
      assertThat(run.out())
          .as("usage of %s", path)
          .contains("Usage: chain-explorer " + String.join(" ", path));
      for (OptionSpec option : command.getCommandSpec().options()) {
        assertThat(run.out()).as("usage of %s", path).contains(option.longestName());
      }
    }
  }

  @Test
  void shouldListRunAndDevnetInTheUsage() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("(?m)^\\s+run\\s").containsPattern("(?m)^\\s+devnet\\s");
  }

  @Test
  void shouldExitTwoOnUnknownNetwork() {
    CliRun run = CliRun.of("run", "--network", "mainnet-of-mars");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--network").contains("devnet");
  }
}
