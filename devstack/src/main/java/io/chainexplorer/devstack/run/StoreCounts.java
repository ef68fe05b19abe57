package io.chainexplorer.devstack.run;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rows in the hot store's main tables and committed Parquet files in the cold store, for the run's
 * summary line; a store that cannot answer yet counts -1.
 */
final class StoreCounts implements AutoCloseable {

  /** The tables counted; queries by block and by transaction hash, the explorer's first ones. */
  static final List<String> HOT_TABLES = List.of("blocks_by_number", "transactions_by_hash");

  private final String keyspace;
  private final Path coldStore;
  private final InetSocketAddress contactPoint;
  private final String datacenter;
  private CqlSession session;

  StoreCounts(String cqlHostPort, String datacenter, String keyspace, Path coldStore) {
    int colon = cqlHostPort.lastIndexOf(':');
    this.contactPoint =
        new InetSocketAddress(
            cqlHostPort.substring(0, colon), Integer.parseInt(cqlHostPort.substring(colon + 1)));
    this.datacenter = datacenter;
    this.keyspace = keyspace;
    this.coldStore = coldStore;
  }

  /** The cqlsh query a user can try against the hot store. */
  static String exampleQuery(String keyspace) {
    return "SELECT block_number, block_hash FROM " + keyspace + ".blocks_by_number LIMIT 5;";
  }

  /** Rows of the {@link #HOT_TABLES}, or -1 while the tables do not exist. */
  synchronized long hotRows() {
    try {
      long rows = 0;
      for (String table : HOT_TABLES) {
        Row row = session().execute("SELECT COUNT(*) FROM " + keyspace + "." + table).one();
        rows += row == null ? 0 : row.getLong(0);
      }
      return rows;
    } catch (DriverException e) {
      return -1;
    }
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

  private CqlSession session() {
    if (session == null) {
      session =
          CqlSession.builder()
              .addContactPoint(contactPoint)
              .withLocalDatacenter(datacenter)
              .withConfigLoader(
                  DriverConfigLoader.programmaticBuilder()
                      .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
                      .build())
              .build();
    }
    return session;
  }

  @Override
  public synchronized void close() {
    if (session != null) {
      session.close();
    }
  }
}
