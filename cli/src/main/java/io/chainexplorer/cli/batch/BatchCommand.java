package io.chainexplorer.cli.batch;

import io.chainexplorer.cli.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chain-explorer batch}: groups the batch-layer commands; alone it shows its usage. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The batch layer: Spark views over the cold store.",
    subcommands = {BatchRunCommand.class})
public final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("Missing a command.");
    commandLine.usage(commandLine.getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
