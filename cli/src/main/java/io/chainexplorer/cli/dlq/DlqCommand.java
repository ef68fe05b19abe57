package io.chainexplorer.cli.dlq;

import io.chainexplorer.cli.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chain-explorer dlq}: groups the dead-letter commands; alone it shows its usage. */
@Command(
    name = "dlq",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The dead-letter topics: records an app or connector could not read.",
    subcommands = {DlqReplayCommand.class})
public final class DlqCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("Missing a command.");
    commandLine.usage(commandLine.getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
