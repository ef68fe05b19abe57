package io.chainexplorer.cli;

import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit codes: bad configuration is the user's to fix (2, message only), anything
 * else is a runtime failure (1, with the stack trace for the report).
 */
final class ExecutionFailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConfigException) {
        commandLine.getErr().println("Invalid configuration: " + cause.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
    }
    commandLine
        .getErr()
        .println("chain-explorer " + commandLine.getCommandName() + " failed: " + exception);
    exception.printStackTrace(commandLine.getErr());
    return CommandLine.ExitCode.SOFTWARE;
  }
}
