package io.chainexplorer.devstack.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rows written to the hot store's main tables and committed Parquet files in the cold store, for
 * the run's summary line; a store that cannot answer yet counts -1. Neither store is scanned: rows
 * come from the hot-store connector's own counters, files from the cold store's directory.
 */
final class StoreCounts {

  /** The tables counted; queries by block and by transaction hash, the explorer's first ones. */
  static final List<String> HOT_TABLES = List.of("blocks_by_number", "transactions_by_hash");

  private final Path coldStore;
  private final SinkRowsWritten hotRows;

  StoreCounts(URI sinkMetrics, Path coldStore) {
    this.hotRows = new SinkRowsWritten(sinkMetrics, HOT_TABLES);
    this.coldStore = coldStore;
  }

  /** The cqlsh query a user can try against the hot store. */
  static String exampleQuery(String keyspace) {
    return "SELECT block_number, block_hash FROM " + keyspace + ".blocks_by_number LIMIT 5;";
  }

  /** Rows written to the {@link #HOT_TABLES} since the Connect worker started, or -1. */
  long hotRows() {
    return hotRows.rows();
  }

  /**
   * Committed Parquet files (files being written are under {@code _tmp} and not counted), or -1
   * when the sink renamed a file under the walk.
   */
  long coldFiles() {
    if (!Files.isDirectory(coldStore)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(coldStore)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !coldStore.relativize(p).toString().startsWith("_tmp"))
          .count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }
}
