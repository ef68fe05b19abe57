package io.chainexplorer.reliability.secrets;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.ArrayList;
import java.util.List;

/** Feeds every row of every table of a keyspace to a {@link SecretScan}, column by column. */
public final class TableScan {

  private static final int PAGE_SIZE = 5_000;

  private TableScan() {}

  /** Scans every table of {@code keyspace}; returns their names. */
  public static List<String> scan(CqlSession session, String keyspace, SecretScan scan) {
    List<String> tables = new ArrayList<>();
    for (Row row :
        session.execute(
            SimpleStatement.newInstance(
                "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace))) {
      tables.add(row.getString("table_name"));
    }
    String ks = CqlIdentifier.fromInternal(keyspace).asCql(true);
    for (String table : tables) {
      String name = CqlIdentifier.fromInternal(table).asCql(true);
      SimpleStatement all =
          SimpleStatement.newInstance("SELECT * FROM " + ks + "." + name).setPageSize(PAGE_SIZE);
      for (Row row : session.execute(all)) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < row.getColumnDefinitions().size(); i++) {
          values.append(row.getObject(i)).append('|');
        }
        scan.text(keyspace + "." + table, values);
      }
    }
    return tables;
  }
}
