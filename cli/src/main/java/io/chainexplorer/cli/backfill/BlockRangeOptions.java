package io.chainexplorer.cli.backfill;

import io.chainexplorer.poller.backfill.BackfillRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --from}..{@code --to} block range (inclusive) of a command over finished blocks. */
public final class BlockRangeOptions {

  @Option(names = "--from", required = true, paramLabel = "A", description = "First block.")
  long from;

  @Option(names = "--to", required = true, paramLabel = "B", description = "Last block, included.")
  long to;

  /** The range; an empty or negative one is a usage error of {@code spec}'s command (exit 2). */
  public BackfillRange range(CommandSpec spec) {
    try {
      return new BackfillRange(from, to);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
