package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import io.chainexplorer.api.store.HotStore;
import java.util.Optional;

/** Reads the newest batch run the batch loader recorded in the hot store. */
public final class BatchRuns {

  private static final String LAST =
      "SELECT run_id, watermark, run_finished_at, loaded_at, mode, view_rows"
          + " FROM ks.batch_watermark WHERE layer = 'batch' LIMIT 1";

  private final HotStore store;

  public BatchRuns(HotStore store) {
    this.store = store;
  }

  /** The last run loaded, or empty when none was (or the batch tables are not created yet). */
  public Optional<BatchRun> last() {
    Row row;
    try {
      row = store.session().execute(store.prepare(LAST).bind()).one();
    } catch (InvalidQueryException e) {
      // The batch loader creates its tables on its first run; until then there is no run.
      return Optional.empty();
    }
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(
        new BatchRun(
            row.getString("run_id"),
            text(row.getLocalDate("watermark")),
            text(row.getInstant("run_finished_at")),
            text(row.getInstant("loaded_at")),
            row.getString("mode"),
            row.getMap("view_rows", String.class, Long.class)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
