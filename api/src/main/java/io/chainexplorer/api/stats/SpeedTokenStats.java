package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.http.ApiProblem;
import io.chainexplorer.api.store.HotStore;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A token's days of the speed layer, aggregated from the sink's {@code token_transfers_by_token}
 * rows exactly as the batch view defines its figures (the reconciliation compares the same ones).
 * Rows are newest first in each month bucket, so a bucket is read only down to the range's first
 * day; a range holding more than {@code rowsMax} transfers is refused rather than read.
 */
public final class SpeedTokenStats {

  static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

  private static final String BUCKET =
      "SELECT block_timestamp, standard, from_address, to_address, amount, token_id"
          + " FROM ks.token_transfers_by_token WHERE token_address = ? AND bucket = ?";

  private final HotStore store;
  private final long rowsMax;

  public SpeedTokenStats(HotStore store, long rowsMax) {
    this.store = store;
    this.rowsMax = rowsMax;
  }

  /** The token's days of {@code from} to {@code to} (inclusive), oldest first. */
  public List<TokenDailyStats> daily(String token, LocalDate from, LocalDate to) {
    Map<String, Day> days = new TreeMap<>();
    long rows = 0;
    for (YearMonth month = YearMonth.from(to);
        !month.isBefore(YearMonth.from(from));
        month = month.minusMonths(1)) {
      int bucket = month.getYear() * 100 + month.getMonthValue();
      for (Row row : store.session().execute(store.prepare(BUCKET).bind(token, bucket))) {
        LocalDate day = row.getInstant("block_timestamp").atZone(ZoneOffset.UTC).toLocalDate();
        if (day.isBefore(from)) {
          break;
        }
        if (day.isAfter(to)) {
          continue;
        }
        if (++rows > rowsMax) {
          throw ApiProblem.badParameter(
              "from",
              "more than " + rowsMax + " transfers after the batch watermark; ask fewer days");
        }
        String standard = row.getString("standard");
        days.computeIfAbsent(day + "/" + standard, k -> new Day(day, standard)).add(row);
      }
    }
    List<TokenDailyStats> stats = new ArrayList<>();
    days.values().forEach(day -> stats.add(day.stats()));
    return stats;
  }

  /** The running figures of one day and standard. */
  private static final class Day {
    private final LocalDate date;
    private final String standard;
    private final Set<String> senders = new HashSet<>();
    private final Set<String> receivers = new HashSet<>();
    private final Set<BigInteger> ids = new HashSet<>();
    private BigInteger volume = BigInteger.ZERO;
    private long transfers;
    private long mints;
    private long burns;

    Day(LocalDate date, String standard) {
      this.date = date;
      this.standard = standard;
    }

    void add(Row row) {
      String from = row.getString("from_address");
      String to = row.getString("to_address");
      transfers++;
      senders.add(from);
      receivers.add(to);
      BigInteger id = row.getBigInteger("token_id");
      if (id != null) {
        ids.add(id);
      }
      BigInteger amount = row.getBigInteger("amount");
      if (amount != null) {
        volume = volume.add(amount);
      }
      mints += ZERO_ADDRESS.equals(from) ? 1 : 0;
      burns += ZERO_ADDRESS.equals(to) ? 1 : 0;
    }

    TokenDailyStats stats() {
      // An ERC-721 transfer moves one token: its volume is the count, as the batch view defines it.
      String exact = "ERC721".equals(standard) ? Long.toString(transfers) : volume.toString();
      return new TokenDailyStats(
          date,
          standard,
          "speed",
          transfers,
          senders.size(),
          receivers.size(),
          exact,
          ids.size(),
          mints,
          burns);
    }
  }
}
