package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.store.HotStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A token's days of the batch layer's {@code batch_token_daily} table, one row per standard. */
public final class BatchTokenStats {

  private static final String DAYS =
      "SELECT * FROM ks.batch_token_daily WHERE token_address = ? AND date >= ? AND date <= ?";

  private final HotStore store;

  public BatchTokenStats(HotStore store) {
    this.store = store;
  }

  /** The token's days of {@code from} to {@code to} (inclusive), oldest first. */
  public List<TokenDailyStats> daily(String token, LocalDate from, LocalDate to) {
    List<TokenDailyStats> days = new ArrayList<>();
    for (Row row : store.session().execute(store.prepare(DAYS).bind(token, from, to))) {
      days.add(
          new TokenDailyStats(
              row.getLocalDate("date"),
              row.getString("standard"),
              "batch",
              BatchRows.count(row, "transfers"),
              BatchRows.count(row, "distinct_senders"),
              BatchRows.count(row, "distinct_receivers"),
              row.isNull("volume") ? "0" : row.getString("volume"),
              BatchRows.count(row, "distinct_token_ids"),
              BatchRows.count(row, "mints"),
              BatchRows.count(row, "burns")));
    }
    return days;
  }
}
