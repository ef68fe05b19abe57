package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.store.HotStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Chain days of the batch layer's {@code batch_chain_daily} table (one partition per year). */
public final class BatchChainStats implements ChainStatsSource {

  private static final String DAYS =
      "SELECT * FROM ks.batch_chain_daily WHERE year = ? AND date >= ? AND date <= ?";

  private final HotStore store;

  public BatchChainStats(HotStore store) {
    this.store = store;
  }

  @Override
  public String layer() {
    return "batch";
  }

  @Override
  public List<DailyChainStats> daily(LocalDate from, LocalDate to) {
    List<DailyChainStats> days = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (Row row : store.session().execute(store.prepare(DAYS).bind(year, from, to))) {
        days.add(
            new DailyChainStats(
                row.getLocalDate("date"),
                layer(),
                row.getLong("blocks"),
                row.getLong("transactions"),
                row.getLong("gas_used"),
                row.getString("fees_paid_wei"),
                BatchRows.optionalLong(row, "failed_transactions"),
                row.getString("mean_base_fee_wei"),
                BatchRows.optionalLong(row, "active_addresses"),
                BatchRows.optionalLong(row, "contracts_created")));
      }
    }
    return days;
  }
}
