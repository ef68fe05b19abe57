package io.chainexplorer.batch.views;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A small view's rows, by key, for assertions. */
final class ViewRows {

  private ViewRows() {}

  /** The rows of {@code view} by the text of their key columns joined with '|'. */
  static Map<String, Row> byKey(Dataset<Row> view, String... keyColumns) {
    Map<String, Row> rows = new TreeMap<>();
    for (Row row : view.collectAsList()) {
      String key =
          String.join(
              "|",
              Arrays.stream(keyColumns).map(c -> String.valueOf((Object) row.getAs(c))).toList());
      if (rows.put(key, row) != null) {
        throw new AssertionError("two rows for key " + key);
      }
    }
    return rows;
  }

  /** The values of {@code columns} in {@code row}, in order. */
  static List<Object> values(Row row, String... columns) {
    return Arrays.stream(columns).map(c -> (Object) row.getAs(c)).toList();
  }
}
