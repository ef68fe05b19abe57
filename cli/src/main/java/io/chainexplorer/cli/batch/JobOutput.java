package io.chainexplorer.cli.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where a batch child's standard output and error go, and the lines of the in-process steps. */
public sealed interface JobOutput {

  /** Prints a line where the child's standard output goes. */
  void println(String line);

  /** Prints a line where the child's standard error goes. */
  void printError(String line);

  /** To the command's own writers, line by line, as {@code batch run} shows them. */
  record Console(PrintWriter out, PrintWriter err) implements JobOutput {

    @Override
    public void println(String line) {
      out.println(line);
      out.flush();
    }

    @Override
    public void printError(String line) {
      err.println(line);
      err.flush();
    }
  }

  /** Appended to a log file, as {@code run}'s schedule keeps them out of its summary. */
  record LogFile(Path file) implements JobOutput {

    @Override
    public void println(String line) {
      try {
        Files.writeString(
            file,
            line + System.lineSeparator(),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void printError(String line) {
      println(line);
    }
  }
}
