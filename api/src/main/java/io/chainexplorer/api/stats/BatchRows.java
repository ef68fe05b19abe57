package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;

/** Reading the batch tables' columns, which the loader leaves null where a view had no value. */
final class BatchRows {

  private BatchRows() {}

  /** The column's value, or null. */
  static Long optionalLong(Row row, String column) {
    return row.isNull(column) ? null : row.getLong(column);
  }

  /** The column's value, 0 when null (a count the view did not write counts nothing). */
  static long count(Row row, String column) {
    return row.isNull(column) ? 0 : row.getLong(column);
  }
}
