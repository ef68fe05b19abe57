package io.chainexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class ChainExplorerTest {

  @Test
  void shouldExitZeroAndListEveryOptionOnHelpOfEveryCommand() {
    List<CommandLine> commands = allCommands(ChainExplorer.commandLine());
    assertThat(commands)
        .extracting(CommandLine::getCommandName)
        .contains("chain-explorer", "poll", "config", "config-docs");

    for (CommandLine command : commands) {
      List<String> args = new ArrayList<>(path(command));
      args.add("--help");

      CliRun run = CliRun.of(args.toArray(String[]::new));

      assertThat(run.exitCode()).as("exit code of %s", args).isZero();
      assertThat(run.out()).as("usage of %s", args).contains("Usage: ");
      for (OptionSpec option : command.getCommandSpec().options()) {
        assertThat(run.out()).as("usage of %s", args).contains(option.longestName());
      }
    }
  }

  @Test
  void shouldPrintVersionOnEveryLevel() {
    for (CommandLine command : allCommands(ChainExplorer.commandLine())) {
      List<String> args = new ArrayList<>(path(command));
      args.add("--version");

      CliRun run = CliRun.of(args.toArray(String[]::new));

      assertThat(run.exitCode()).as("exit code of %s", args).isZero();
      assertThat(run.out()).startsWith("chain-explorer " + VersionProvider.version());
    }
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void shouldExitTwoWithUsageOnUnknownOption() {
    CliRun root = CliRun.of("--no-such-option");
    CliRun sub = CliRun.of("config-docs", "--no-such-option");

    assertThat(root.exitCode()).isEqualTo(2);
    assertThat(root.err()).contains("Unknown option: '--no-such-option'").contains("Usage:");
    assertThat(sub.exitCode()).isEqualTo(2);
    assertThat(sub.err()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void shouldExitTwoWithUsageWhenNoCommandIsGiven() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing a command").contains("Commands:");
  }

  @Test
  void shouldLeaveDevelopmentCommandsOutWhenNoExtensionIsOnTheClasspath() {
    CommandLine root = ChainExplorer.commandLine();

    assertThat(root.getSubcommands()).doesNotContainKeys("run", "devnet");
    assertThat(root.getSubcommands())
        .containsKeys("poll", "backfill", "enrich", "decode", "verify", "lag-exporter");
  }

  private static List<CommandLine> allCommands(CommandLine root) {
    List<CommandLine> commands = new ArrayList<>();
    commands.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      commands.addAll(allCommands(sub));
    }
    return commands;
  }

  private static List<String> path(CommandLine command) {
    List<String> names = new ArrayList<>();
    for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
      names.add(0, c.getCommandName());
    }
    return names;
  }
}
