package io.chainexplorer.batchserving.reconcile;

import java.time.LocalDate;

/**
 * One difference between the layers: {@code column} of the row {@code key} of {@code view} on
 * {@code date} is {@code batch} in the batch view and {@code speed} in the hot store. A row that
 * one side lacks has column {@link #ROW} and {@link #ABSENT} on that side.
 */
public record Drift(
    String view, LocalDate date, String key, String column, String batch, String speed) {

  /** The column of a row present on one side only. */
  public static final String ROW = "(row)";

  public static final String ABSENT = "absent";
  public static final String PRESENT = "present";

  /** The header of {@code _reconciliation.tsv}. */
  public static final String HEADER = "view\tdate\tkey\tcolumn\tbatch\tspeed";

  /** This difference as a line of {@code _reconciliation.tsv}. */
  public String line() {
    return String.join("\t", view, date.toString(), key, column, batch, speed);
  }
}
