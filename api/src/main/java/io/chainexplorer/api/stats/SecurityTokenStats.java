package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.store.HotStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Security-token activity per standard, batch layer only: the hot store keeps no table of the
 * decoder's security-token activity, so the days after the watermark have no exact figures to add.
 */
public final class SecurityTokenStats {

  /** The standards the batch view recognises, as its rows name them. */
  public static final List<String> STANDARDS = List.of("ERC-1400", "ERC-1404", "ERC-3643");

  private static final String DAYS =
      "SELECT * FROM ks.batch_security_tokens_daily WHERE standard = ? AND year = ?"
          + " AND date >= ? AND date <= ?";

  private final HotStore store;

  public SecurityTokenStats(HotStore store) {
    this.store = store;
  }

  /** The standard's token days of {@code from} to {@code to} (inclusive), oldest first. */
  public List<SecurityTokenDay> daily(String standard, LocalDate from, LocalDate to) {
    List<SecurityTokenDay> days = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (Row row : store.session().execute(store.prepare(DAYS).bind(standard, year, from, to))) {
        days.add(
            new SecurityTokenDay(
                row.getLocalDate("date"),
                row.getString("token_address"),
                BatchRows.count(row, "transfers"),
                BatchRows.count(row, "issuances"),
                BatchRows.count(row, "redemptions"),
                BatchRows.count(row, "forced_transfers"),
                BatchRows.count(row, "documents_set"),
                BatchRows.count(row, "distinct_holders_active")));
      }
    }
    return days;
  }
}
