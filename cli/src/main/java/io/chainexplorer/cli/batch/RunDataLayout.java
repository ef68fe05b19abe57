package io.chainexplorer.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a data directory of {@code chain-explorer run} keeps what the batch layer reads and writes:
 * the HDFS sink's cold store in {@code cold-store/}, the views in {@code batch/}.
 */
public record RunDataLayout(Path dataDir) {

  public static RunDataLayout of(Path dataDir) {
    return new RunDataLayout(dataDir.toAbsolutePath().normalize());
  }

  /** The cold store's root: {@code <chain>/<entity>/date=…/hour=…/} below it. */
  public Path coldStore() {
    return dataDir.resolve("cold-store");
  }

  /** Where the batch views, their content hashes and {@code _batch_run.json} go. */
  public Path batchOutput() {
    return dataDir.resolve("batch");
  }

  /** The log of the batch runs {@code run} starts. */
  public Path batchLog() {
    return dataDir.resolve("batch.log");
  }

  /**
   * The chain the cold store holds when it holds exactly one (a run writes one chain); the sink's
   * temporary {@code _tmp} and any hidden directory are not chains.
   */
  public Optional<String> onlyChain() {
    Path root = coldStore();
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(root)) {
      List<String> chains =
          entries
              .filter(Files::isDirectory)
              .map(dir -> dir.getFileName().toString())
              .filter(name -> !name.startsWith("_") && !name.startsWith("."))
              .toList();
      return chains.size() == 1 ? Optional.of(chains.get(0)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the cold store " + root, e);
    }
  }
}
