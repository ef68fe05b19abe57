package io.chainexplorer.cli;

import io.chainexplorer.cli.config.ConfigCommand;
import io.chainexplorer.cli.config.ConfigDocsCommand;
import io.chainexplorer.cli.enrich.EnrichCommand;
import io.chainexplorer.cli.poll.PollCommand;
import java.io.PrintWriter;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code chain-explorer} command: exit 0 when done, 1 on a runtime failure, 2 on bad usage; the
 * product's commands, plus those a {@link CommandExtension} on the classpath adds.
 */
@Command(
    name = "chain-explorer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Real-time ingestion of EVM chains into Kafka, ScyllaDB and HDFS.",
    subcommands = {
      PollCommand.class,
      io.chainexplorer.cli.backfill.BackfillCommand.class,
      EnrichCommand.class,
      io.chainexplorer.cli.decode.DecodeCommand.class,
      io.chainexplorer.cli.abi.AbiCommand.class,
      ConfigCommand.class,
      ConfigDocsCommand.class,
      io.chainexplorer.cli.verify.VerifyCommand.class,
      io.chainexplorer.cli.dlq.DlqCommand.class,
      io.chainexplorer.cli.lagexporter.LagExporterCommand.class,
      io.chainexplorer.cli.batch.BatchCommand.class
    })
public final class ChainExplorer implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line on the process's standard streams and returns the exit code. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** Runs the command line printing to the given writers, as tests do. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured command tree: exit codes and error handling as documented above. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ChainExplorer());
    for (CommandExtension extension : ServiceLoader.load(CommandExtension.class)) {
      extension.commands().forEach(commandLine::addSubcommand);
    }
    // after the extensions: picocli applies these settings to the subcommands present
    return commandLine
        .setExecutionExceptionHandler(new ExecutionFailureHandler())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Without a subcommand there is nothing to do: show the usage, as for any bad usage. */
  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("Missing a command.");
    commandLine.usage(commandLine.getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
