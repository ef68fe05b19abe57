package io.chainexplorer.sink.scylla.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * One hot table as the writer sees it: primary-key columns, then the other columns; a row binds
 * values in that order.
 *
 * @param name table name, as in {@code cql/schema.cql}
 * @param keyColumns partition and clustering columns
 * @param valueColumns the other columns, {@code block_hash} among them when {@link #retractable}
 * @param retractable whether rows carry a {@code block_hash} a retraction must match
 */
public record Table(
    String name, List<String> keyColumns, List<String> valueColumns, boolean retractable) {

  public Table {
    keyColumns = List.copyOf(keyColumns);
    valueColumns = List.copyOf(valueColumns);
    if (retractable && !valueColumns.contains(Tables.BLOCK_HASH)) {
      throw new IllegalArgumentException(name + " is retractable but has no block_hash column");
    }
  }

  /** Every column: keys first. */
  public List<String> columns() {
    List<String> all = new ArrayList<>(keyColumns);
    all.addAll(valueColumns);
    return all;
  }
}
