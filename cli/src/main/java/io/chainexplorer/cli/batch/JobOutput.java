package io.chainexplorer.cli.batch;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Where a batch child's standard output and error go. */
public sealed interface JobOutput {

  /** To the command's own writers, line by line, as {@code batch run} shows them. */
  record Console(PrintWriter out, PrintWriter err) implements JobOutput {}

  /** Appended to a log file, as {@code run}'s schedule keeps them out of its summary. */
  record LogFile(Path file) implements JobOutput {}
}
