package io.chainexplorer.sink.scylla.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * One hot table as the writer sees it: primary-key columns, then the other columns; a row binds
 * values in that order.
 *
 * @param name table name, as in {@code cql/schema.cql}
 * @param keyColumns partition and clustering columns
 * @param valueColumns the other columns
 * @param retractable whether rows carry a {@code block_hash} (a value a retraction must match, or
 *     the key itself)
 */
public record Table(
    String name, List<String> keyColumns, List<String> valueColumns, boolean retractable) {

  public Table {
    keyColumns = List.copyOf(keyColumns);
    valueColumns = List.copyOf(valueColumns);
    if (retractable && !columnsOf(keyColumns, valueColumns).contains(Tables.BLOCK_HASH)) {
      throw new IllegalArgumentException(name + " is retractable but has no block_hash column");
    }
  }

  /** Whether the block hash is part of the key, so that a delete by key needs no condition. */
  public boolean keyedByBlockHash() {
    return keyColumns.contains(Tables.BLOCK_HASH);
  }

  /** Every column: keys first. */
  public List<String> columns() {
    return columnsOf(keyColumns, valueColumns);
  }

  private static List<String> columnsOf(List<String> keyColumns, List<String> valueColumns) {
    List<String> all = new ArrayList<>(keyColumns);
    all.addAll(valueColumns);
    return all;
  }
}
