package io.chainexplorer.reliability.truth;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.chainexplorer.sink.scylla.mapping.Table;
import java.util.ArrayList;
import java.util.List;

/** Reads every row of the block-derived hot tables of one keyspace. */
public final class ScyllaSnapshot {

  private static final int PAGE_SIZE = 5_000;

  private final CqlSession session;
  private final String keyspace;

  public ScyllaSnapshot(CqlSession session, String keyspace) {
    this.session = session;
    this.keyspace = keyspace;
  }

  /** Every row of {@link HotRows#TABLES}. */
  public List<Observed> rows() {
    List<Observed> rows = new ArrayList<>();
    for (Table table : HotRows.TABLES) {
      rows.addAll(rows(table));
    }
    return rows;
  }

  private List<Observed> rows(Table table) {
    String columns = String.join(", ", table.columns());
    SimpleStatement select =
        SimpleStatement.newInstance(
                "SELECT "
                    + columns
                    + " FROM "
                    + CqlIdentifier.fromInternal(keyspace).asCql(true)
                    + "."
                    + table.name())
            .setPageSize(PAGE_SIZE);
    List<Observed> rows = new ArrayList<>();
    for (Row row : session.execute(select)) {
      List<Object> values = new ArrayList<>(table.columns().size());
      for (int i = 0; i < table.columns().size(); i++) {
        values.add(row.getObject(i));
      }
      rows.add(HotRows.of(table, values));
    }
    return rows;
  }
}
