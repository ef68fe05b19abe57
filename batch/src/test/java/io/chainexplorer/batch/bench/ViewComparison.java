package io.chainexplorer.batch.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark's views (as written under {@code <out>}) against DuckDB's, row by row on the view's key:
 * counts must be equal; a uint256 column (Spark: exact decimal text, DuckDB: DOUBLE) is equal when
 * the double's exact value is the same integer, and its relative error is measured.
 */
final class ViewComparison {

  /** The rows compared, those that differ, and how far DuckDB's uint256 sums are from exact. */
  record Outcome(
      String view,
      long rows,
      long unmatched,
      long countMismatches,
      long uint256Exact,
      double maxRelativeError,
      List<String> samples) {

    /** One line for the report. */
    String line() {
      return String.format(
          "%s: %d rows, %d only on one side, %d with a differing count;"
              + " uint256 equal to the wei on %d of them, max relative error %.2e",
          view, rows, unmatched, countMismatches, uint256Exact, maxRelativeError);
    }
  }

  private ViewComparison() {}

  /** {@code chain_daily}: blocks to contracts created, and {@code fees_paid_wei}. */
  static Outcome chainDaily(DuckDbViews duck, Path out) throws SQLException {
    return compare(
        duck,
        "chain_daily",
        "SELECT s.date, s.blocks, d.blocks, s.transactions, d.transactions, s.failed_transactions,"
            + " d.failed_transactions, s.gas_used, d.gas_used, s.active_addresses,"
            + " d.active_addresses, s.contracts_created, d.contracts_created,"
            + " s.fees_paid_wei, d.fees_paid FROM "
            + spark(out, "chain_daily")
            + " s FULL OUTER JOIN duck_chain_daily d ON s.date = d.day ORDER BY s.date");
  }

  /** {@code token_daily}: transfers to burns, and {@code volume}; samples the busiest tokens. */
  static Outcome tokenDaily(DuckDbViews duck, Path out) throws SQLException {
    return compare(
        duck,
        "token_daily",
        "SELECT s.date || ' ' || s.standard || ' ' || s.token_address, s.transfers, d.transfers,"
            + " s.distinct_senders, d.distinct_senders, s.distinct_receivers,"
            + " d.distinct_receivers, s.distinct_token_ids, d.distinct_token_ids, s.mints,"
            + " d.mints, s.burns, d.burns, s.volume, d.volume FROM "
            + spark(out, "token_daily")
            + " s FULL OUTER JOIN duck_token_daily d ON s.date = d.day"
            + " AND s.token_address = d.token_address AND s.standard = d.standard"
            + " ORDER BY s.standard <> 'ERC20', s.transfers DESC");
  }

  private static String spark(Path out, String view) {
    return "read_parquet('" + out.resolve(view) + "/date=*/*.parquet', hive_partitioning = true)";
  }

  /** Rows of (key, count pairs..., exact uint256 text, DuckDB double). */
  private static Outcome compare(DuckDbViews duck, String view, String sql) throws SQLException {
    List<Object[]> rows = duck.rows(sql);
    long unmatched = 0;
    long mismatches = 0;
    long exact = 0;
    double maxError = 0;
    List<String> samples = new ArrayList<>();
    for (Object[] row : rows) {
      int last = row.length - 2;
      if (row[0] == null || row[last + 1] == null) {
        unmatched++;
        continue;
      }
      for (int i = 1; i < last; i += 2) {
        if (((Number) row[i]).longValue() != ((Number) row[i + 1]).longValue()) {
          mismatches++;
          break;
        }
      }
      BigInteger spark = new BigInteger(row[last].toString());
      double duckValue = ((Number) row[last + 1]).doubleValue();
      if (Double.isFinite(duckValue) && new BigDecimal(duckValue).toBigInteger().equals(spark)) {
        exact++;
      }
      if (spark.signum() != 0) {
        maxError =
            Math.max(maxError, Math.abs(duckValue - spark.doubleValue()) / spark.doubleValue());
      }
      if (samples.size() < 3) {
        samples.add(row[0] + ": Spark " + spark + ", DuckDB " + duckValue);
      }
    }
    return new Outcome(view, rows.size(), unmatched, mismatches, exact, maxError, samples);
  }
}
