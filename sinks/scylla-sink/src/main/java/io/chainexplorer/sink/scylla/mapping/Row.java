package io.chainexplorer.sink.scylla.mapping;

import java.util.Arrays;
import java.util.List;

/**
 * One row a record writes (or, retracted, deletes): values in {@link Table#columns()} order.
 *
 * @param table where the row lives
 * @param values one value per column, {@code null} for absent optional fields
 */
public record Row(Table table, List<Object> values) {

  public Row {
    if (values.size() != table.columns().size()) {
      throw new IllegalArgumentException(
          table.name() + " has " + table.columns().size() + " columns, got " + values.size());
    }
    values = java.util.Collections.unmodifiableList(Arrays.asList(values.toArray()));
  }

  /** Values of the primary-key columns. */
  public List<Object> keyValues() {
    return values.subList(0, table.keyColumns().size());
  }

  /** The value of one column. */
  public Object get(String column) {
    return values.get(table.columns().indexOf(column));
  }

  static Row of(Table table, Object... values) {
    return new Row(table, Arrays.asList(values));
  }
}
