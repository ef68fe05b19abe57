package io.chainexplorer.batchserving.load;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.chainexplorer.batchserving.parquet.ContentHashes;
import io.chainexplorer.batchserving.parquet.DayHash;
import io.chainexplorer.batchserving.parquet.ViewFiles;
import io.chainexplorer.batchserving.view.ViewTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one view day by day: a day whose content hash equals the loaded one is skipped; otherwise
 * its rows are upserted and then its hash recorded, so an interrupted load redoes that day.
 */
final class ViewLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ViewLoader.class);

  /** Writes in flight at once: enough to keep a node busy, few enough not to time out. */
  private static final int IN_FLIGHT = 128;

  private final CqlSession session;
  private final String keyspace;
  private final ViewFiles files;
  private final Configuration hadoop;
  private final LoadedDays loadedDays;
  private final Map<String, PreparedStatement> inserts = new HashMap<>();

  ViewLoader(
      CqlSession session,
      String keyspace,
      ViewFiles files,
      Configuration hadoop,
      LoadedDays loadedDays) {
    this.session = session;
    this.keyspace = keyspace;
    this.files = files;
    this.hadoop = hadoop;
    this.loadedDays = loadedDays;
  }

  ViewLoad load(ViewTable view, String runId, Instant loadedAt) throws IOException {
    List<DayHash> days = ContentHashes.read(files.outputDir(), view.view(), hadoop);
    Map<String, String> loaded = loadedDays.hashes(view.view());
    int daysLoaded = 0;
    long rowsWritten = 0;
    long rows = 0;
    for (DayHash day : days) {
      rows += day.rows();
      if (day.sha256().equals(loaded.get(day.date()))) {
        continue;
      }
      List<Map<String, Object>> dayRows = files.rows(view, day.date());
      if (dayRows.size() != day.rows()) {
        throw new IOException(
            view.view()
                + " "
                + day.date()
                + ": "
                + dayRows.size()
                + " rows in the files, "
                + day.rows()
                + " in "
                + ContentHashes.FILE);
      }
      write(view, dayRows);
      loadedDays.record(day, runId, loadedAt);
      daysLoaded++;
      rowsWritten += dayRows.size();
    }
    LOG.info(
        "{}: {} days loaded ({} rows), {} unchanged",
        view.view(),
        daysLoaded,
        rowsWritten,
        days.size() - daysLoaded);
    return new ViewLoad(
        view.view(), daysLoaded, days.size() - daysLoaded, rowsWritten, contentHash(days), rows);
  }

  private void write(ViewTable view, List<Map<String, Object>> rows) {
    List<CompletableFuture<AsyncResultSet>> inFlight = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<String> columns = new ArrayList<>(row.keySet());
      List<Object> values = new ArrayList<>(row.values());
      if (view.bucketedByYear()) {
        columns.add(ViewTable.YEAR);
        values.add(((LocalDate) row.get(ViewTable.DATE)).getYear());
      }
      PreparedStatement insert =
          inserts.computeIfAbsent(view.table() + columns, k -> prepare(view, columns));
      CompletionStage<AsyncResultSet> write = session.executeAsync(insert.bind(values.toArray()));
      inFlight.add(write.toCompletableFuture());
      if (inFlight.size() == IN_FLIGHT) {
        drain(inFlight);
      }
    }
    drain(inFlight);
  }

  private PreparedStatement prepare(ViewTable view, List<String> columns) {
    String names = columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    return session.prepare(
        "INSERT INTO " + keyspace + "." + view.table() + " (" + names + ") VALUES (" + marks + ")");
  }

  private static void drain(List<CompletableFuture<AsyncResultSet>> inFlight) {
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    inFlight.clear();
  }

  /** SHA-256 over the view's hash lines: equal when every day's content is equal. */
  private static String contentHash(List<DayHash> days) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (DayHash day : days) {
        String line = day.date() + "\t" + day.rows() + "\t" + day.sha256() + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
