package io.chainexplorer.reliability.truth;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.chainexplorer.sink.scylla.mapping.Table;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads every row of the block-derived and the decoded hot tables of one keyspace. */
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

  /** Every row of the decoded calls and events tables. */
  public List<Observed> decodedRows() {
    List<Observed> rows = new ArrayList<>();
    for (Row row : select(Tables.DECODED_CALLS_BY_CONTRACT)) {
      rows.add(decoded(row, false));
    }
    for (Row row : select(Tables.DECODED_EVENTS_BY_CONTRACT)) {
      rows.add(decoded(row, true));
    }
    return rows;
  }

  private static Observed decoded(Row row, boolean event) {
    Instant time = row.getInstant("block_timestamp");
    return new DecodedRecord(
            event,
            row.getLong("block_number"),
            row.getString("block_hash"),
            time == null ? -1 : time.getEpochSecond(),
            row.getString("tx_hash"),
            event ? row.getLong("log_index") : -1,
            row.getString("contract_address"),
            row.getString(event ? "event_name" : "function_name"),
            row.getString("signature"),
            row.getString(event ? "topic0" : "selector"),
            -1)
        .inTable();
  }

  private ResultSet select(Table table) {
    SimpleStatement select =
        SimpleStatement.newInstance(
                "SELECT "
                    + String.join(", ", table.columns())
                    + " FROM "
                    + CqlIdentifier.fromInternal(keyspace).asCql(true)
                    + "."
                    + table.name())
            .setPageSize(PAGE_SIZE);
    return session.execute(select);
  }

  private List<Observed> rows(Table table) {
    List<Observed> rows = new ArrayList<>();
    for (Row row : select(table)) {
      List<Object> values = new ArrayList<>(table.columns().size());
      for (int i = 0; i < table.columns().size(); i++) {
        values.add(row.getObject(i));
      }
      rows.add(HotRows.of(table, values));
    }
    return rows;
  }
}
