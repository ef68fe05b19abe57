package io.chainexplorer.batchserving.reconcile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the figures of one view, day and key on both sides, column by column in the order the
 * columns are given; figures are compared as text (counts and exact uint256 decimals alike).
 */
final class Figures {

  private Figures() {}

  /**
   * The differences between {@code batch} and {@code speed} (column → value as text), either of
   * which may be null when that side has no row.
   */
  static void compare(
      String view,
      LocalDate date,
      String key,
      List<String> columns,
      Map<String, String> batch,
      Map<String, String> speed,
      List<Drift> drifts) {
    if (batch == null && speed == null) {
      return;
    }
    if (batch == null || speed == null) {
      drifts.add(
          new Drift(
              view,
              date,
              key,
              Drift.ROW,
              batch == null ? Drift.ABSENT : Drift.PRESENT,
              speed == null ? Drift.ABSENT : Drift.PRESENT));
      return;
    }
    for (String column : columns) {
      String b = batch.get(column);
      String s = speed.get(column);
      if (!Objects.equals(b, s)) {
        drifts.add(new Drift(view, date, key, column, String.valueOf(b), String.valueOf(s)));
      }
    }
  }

  /** The named columns of a batch row, as text. */
  static Map<String, String> of(Map<String, Object> row, List<String> columns) {
    Map<String, String> figures = new LinkedHashMap<>();
    for (String column : columns) {
      Object value = row.get(column);
      figures.put(column, value == null ? "0" : value.toString());
    }
    return figures;
  }
}
