package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.store.HotStore;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Chain days of the speed layer: the sink's per-minute {@code chain_metrics_by_day} rows summed
 * over the day. Blocks, transactions, gas and fees add up exactly; the other figures do not (a mean
 * or a distinct count per minute does not make the day's), so they are null.
 */
public final class SpeedChainStats implements ChainStatsSource {

  private static final String MINUTES =
      "SELECT block_count, transaction_count, gas_used, fees_paid FROM ks.chain_metrics_by_day"
          + " WHERE day = ?";

  private final HotStore store;

  public SpeedChainStats(HotStore store) {
    this.store = store;
  }

  @Override
  public String layer() {
    return "speed";
  }

  @Override
  public List<DailyChainStats> daily(LocalDate from, LocalDate to) {
    List<DailyChainStats> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      long blocks = 0;
      long transactions = 0;
      long gas = 0;
      BigInteger fees = BigInteger.ZERO;
      boolean any = false;
      for (Row row : store.session().execute(store.prepare(MINUTES).bind(day))) {
        any = true;
        blocks += row.getLong("block_count");
        transactions += row.getLong("transaction_count");
        gas += row.getLong("gas_used");
        BigInteger fee = row.getBigInteger("fees_paid");
        fees = fee == null ? fees : fees.add(fee);
      }
      if (any) {
        days.add(
            new DailyChainStats(
                day, layer(), blocks, transactions, gas, fees.toString(), null, null, null, null));
      }
    }
    return days;
  }
}
