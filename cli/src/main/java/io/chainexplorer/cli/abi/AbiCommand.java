package io.chainexplorer.cli.abi;

import io.chainexplorer.cli.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chain-explorer abi}: groups the ABI codec commands; alone it shows its usage. */
@Command(
    name = "abi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The contract-decoder's ABI codec on its own.",
    subcommands = {AbiDecodeCommand.class})
public final class AbiCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("Missing a command.");
    commandLine.usage(commandLine.getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
