package io.chainexplorer.batchserving.load;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.batchserving.parquet.DayHash;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The {@code batch_loaded_days} table: the content hash of every (view, day) loaded so far. */
final class LoadedDays {

  private final CqlSession session;
  private final PreparedStatement select;
  private final PreparedStatement insert;
  private final PreparedStatement delete;

  LoadedDays(CqlSession session, String keyspace) {
    this.session = session;
    this.select =
        session.prepare(
            "SELECT date_key, sha256 FROM " + keyspace + ".batch_loaded_days WHERE view_name = ?");
    this.insert =
        session.prepare(
            "INSERT INTO "
                + keyspace
                + ".batch_loaded_days (view_name, date_key, sha256, rows, run_id, loaded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    this.delete =
        session.prepare(
            "DELETE FROM " + keyspace + ".batch_loaded_days WHERE view_name = ? AND date_key = ?");
  }

  /** Day → SHA-256 of what is loaded of {@code view}. */
  Map<String, String> hashes(String view) {
    Map<String, String> hashes = new HashMap<>();
    for (Row row : session.execute(select.bind(view))) {
      hashes.put(row.getString("date_key"), row.getString("sha256"));
    }
    return hashes;
  }

  /** Records {@code day} as loaded: written only after all its rows are. */
  void record(DayHash day, String runId, Instant loadedAt) {
    session.execute(insert.bind(day.view(), day.date(), day.sha256(), day.rows(), runId, loadedAt));
  }

  /** Forgets {@code day}: after its rows are deleted. */
  void remove(String view, String day) {
    session.execute(delete.bind(view, day));
  }
}
