package io.chainexplorer.batchserving.load;

import com.datastax.oss.driver.api.core.CqlSession;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one view day by day: a day whose content hash equals the loaded one is skipped; otherwise
 * its rows are upserted, the rows it no longer has deleted, and then its hash recorded, so an
 * interrupted load redoes that day. A loaded day the run no longer has is emptied.
 */
final class ViewLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ViewLoader.class);

  private final CqlSession session;
  private final String keyspace;
  private final ViewFiles files;
  private final Configuration hadoop;
  private final LoadedDays loadedDays;
  private final LoadedKeys loadedKeys;
  private final Map<String, PreparedStatement> inserts = new HashMap<>();
  private final Map<String, PreparedStatement> deletes = new HashMap<>();

  ViewLoader(
      CqlSession session,
      String keyspace,
      ViewFiles files,
      Configuration hadoop,
      LoadedDays loadedDays,
      LoadedKeys loadedKeys) {
    this.session = session;
    this.keyspace = keyspace;
    this.files = files;
    this.hadoop = hadoop;
    this.loadedDays = loadedDays;
    this.loadedKeys = loadedKeys;
  }

  ViewLoad load(ViewTable view, String runId, Instant loadedAt) throws IOException {
    List<DayHash> days = ContentHashes.read(files.outputDir(), view.view(), hadoop);
    Map<String, String> loaded = loadedDays.hashes(view.view());
    int daysLoaded = 0;
    long rowsWritten = 0;
    long rowsDeleted = 0;
    long rows = 0;
    for (DayHash day : days) {
      rows += day.rows();
      if (day.sha256().equals(loaded.remove(day.date()))) {
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
      rowsDeleted += replace(view, day.date(), dayRows);
      loadedDays.record(day, runId, loadedAt);
      daysLoaded++;
      rowsWritten += dayRows.size();
    }
    // Loaded days the run no longer has: every row of them went with their last input.
    for (String gone : loaded.keySet()) {
      rowsDeleted += replace(view, gone, List.of());
      loadedDays.remove(view.view(), gone);
    }
    LOG.info(
        "{}: {} days loaded ({} rows, {} stale rows deleted), {} unchanged",
        view.view(),
        daysLoaded,
        rowsWritten,
        rowsDeleted,
        days.size() - daysLoaded);
    return new ViewLoad(
        view.view(),
        daysLoaded,
        days.size() - daysLoaded,
        rowsWritten,
        rowsDeleted,
        contentHash(days),
        rows);
  }

  /**
   * Makes {@code day} of {@code view} hold exactly {@code rows}: upserts them, then deletes the
   * rows loaded before whose key is no longer among them; returns how many were deleted. Keys are
   * recorded before their rows and forgotten after, so an interrupted load leaves no row
   * unrecorded.
   */
  private long replace(ViewTable view, String day, List<Map<String, Object>> rows) {
    Set<String> before = loadedKeys.keys(view.view(), day);
    Set<String> now = new LinkedHashSet<>();
    rows.forEach(row -> now.add(LoadedKeys.key(view, row)));
    loadedKeys.add(view.view(), day, now.stream().filter(key -> !before.contains(key)).toList());
    write(view, rows);
    List<String> vanished = before.stream().filter(key -> !now.contains(key)).toList();
    PreparedStatement delete = deletes.computeIfAbsent(view.table(), t -> prepareDelete(view));
    InFlight writes = new InFlight();
    vanished.forEach(
        key -> writes.add(session.executeAsync(delete.bind(LoadedKeys.primaryKey(view, key)))));
    writes.drain();
    loadedKeys.remove(view.view(), day, vanished);
    return vanished.size();
  }

  private void write(ViewTable view, List<Map<String, Object>> rows) {
    InFlight writes = new InFlight();
    for (Map<String, Object> row : rows) {
      List<String> columns = new ArrayList<>(row.keySet());
      List<Object> values = new ArrayList<>(row.values());
      if (view.bucketedByYear()) {
        columns.add(ViewTable.YEAR);
        values.add(((LocalDate) row.get(ViewTable.DATE)).getYear());
      }
      PreparedStatement insert =
          inserts.computeIfAbsent(view.table() + columns, k -> prepare(view, columns));
      writes.add(session.executeAsync(insert.bind(values.toArray())));
    }
    writes.drain();
  }

  private PreparedStatement prepareDelete(ViewTable view) {
    List<String> primary = new ArrayList<>(view.partitionKey());
    primary.addAll(view.clusteringKey());
    String where =
        primary.stream().map(c -> "\"" + c + "\" = ?").collect(Collectors.joining(" AND "));
    return session.prepare("DELETE FROM " + keyspace + "." + view.table() + " WHERE " + where);
  }

  private PreparedStatement prepare(ViewTable view, List<String> columns) {
    String names = columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    return session.prepare(
        "INSERT INTO " + keyspace + "." + view.table() + " (" + names + ") VALUES (" + marks + ")");
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
