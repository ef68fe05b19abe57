package io.chainexplorer.batchserving.load;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.batchserving.view.ViewTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code batch_loaded_keys} table: the key of every row loaded of each (view, day). A
 * recomputed day can lose keys (an address active only in a block a reorg replaced), and the batch
 * tables are not partitioned by day, so the loader finds the rows to delete here rather than by
 * scanning them.
 */
final class LoadedKeys {

  /** Between the values of a key: no address, standard, partition or day contains a tab. */
  private static final String SEPARATOR = "\t";

  private final CqlSession session;
  private final PreparedStatement select;
  private final PreparedStatement insert;
  private final PreparedStatement delete;

  LoadedKeys(CqlSession session, String keyspace) {
    this.session = session;
    this.select =
        session.prepare(
            "SELECT row_key FROM "
                + keyspace
                + ".batch_loaded_keys WHERE view_name = ? AND date_key = ?");
    this.insert =
        session.prepare(
            "INSERT INTO "
                + keyspace
                + ".batch_loaded_keys (view_name, date_key, row_key) VALUES (?, ?, ?)");
    this.delete =
        session.prepare(
            "DELETE FROM "
                + keyspace
                + ".batch_loaded_keys WHERE view_name = ? AND date_key = ? AND row_key = ?");
  }

  /** The keys recorded as loaded of {@code view} on {@code day}. */
  Set<String> keys(String view, String day) {
    Set<String> keys = new LinkedHashSet<>();
    for (Row row : session.execute(select.bind(view, day))) {
      keys.add(row.getString(0));
    }
    return keys;
  }

  /** Records {@code keys}: before their rows are written, so a row is never loaded unrecorded. */
  void add(String view, String day, Collection<String> keys) {
    InFlight writes = new InFlight();
    keys.forEach(key -> writes.add(session.executeAsync(insert.bind(view, day, key))));
    writes.drain();
  }

  /** Forgets {@code keys}: after their rows are deleted, so a failed delete is retried. */
  void remove(String view, String day, Collection<String> keys) {
    InFlight writes = new InFlight();
    keys.forEach(key -> writes.add(session.executeAsync(delete.bind(view, day, key))));
    writes.drain();
  }

  /** The key of {@code row} of {@code view}: its {@link ViewTable#viewKey()} values. */
  static String key(ViewTable view, Map<String, Object> row) {
    List<String> values = new ArrayList<>();
    for (String column : view.viewKey()) {
      Object value = row.get(column);
      if (value == null) {
        throw new IllegalArgumentException(view.view() + ": a row has no " + column);
      }
      values.add(value.toString());
    }
    return String.join(SEPARATOR, values);
  }

  /**
   * The values binding the table's primary key ({@code partitionKey} then {@code clusteringKey}) of
   * the row whose key is {@code key}: {@link ViewTable#DATE} is a day, {@link ViewTable#YEAR} its
   * year, every other key column text.
   */
  static Object[] primaryKey(ViewTable view, String key) {
    String[] values = key.split(SEPARATOR, -1);
    List<String> columns = view.viewKey();
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(view.view() + ": a loaded key of another shape: " + key);
    }
    LocalDate date = null;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).equals(ViewTable.DATE)) {
        date = LocalDate.parse(values[i]);
      }
    }
    List<String> primary = new ArrayList<>(view.partitionKey());
    primary.addAll(view.clusteringKey());
    Object[] bound = new Object[primary.size()];
    for (int i = 0; i < bound.length; i++) {
      String column = primary.get(i);
      if (column.equals(ViewTable.YEAR)) {
        bound[i] = date.getYear();
      } else if (column.equals(ViewTable.DATE)) {
        bound[i] = date;
      } else {
        bound[i] = values[columns.indexOf(column)];
      }
    }
    return bound;
  }
}
