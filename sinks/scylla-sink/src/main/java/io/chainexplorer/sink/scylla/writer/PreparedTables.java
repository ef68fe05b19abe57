package io.chainexplorer.sink.scylla.writer;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.mapping.Row;
import io.chainexplorer.sink.scylla.mapping.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Prepared upserts and conditional deletes of each table, prepared once per session on first use.
 */
final class PreparedTables {

  private final CqlSession session;
  private final String keyspace;
  private final ScyllaSinkConfig config;
  private final Map<String, PreparedStatement> inserts = new ConcurrentHashMap<>();
  private final Map<String, PreparedStatement> deletes = new ConcurrentHashMap<>();

  PreparedTables(CqlSession session, ScyllaSinkConfig config) {
    this.session = session;
    this.keyspace = config.keyspace();
    this.config = config;
  }

  /** An upsert of the whole row, expiring after the table's retention. */
  BoundStatement upsert(Row row) {
    Table table = row.table();
    PreparedStatement insert =
        inserts.computeIfAbsent(table.name(), name -> session.prepare(insertCql(table)));
    List<Object> values = new ArrayList<>(row.values());
    values.add(config.ttlSeconds(table.name()));
    return insert.bind(values.toArray());
  }

  /** A delete of the row that applies only while it still holds the record's block hash. */
  BoundStatement retract(Row row) {
    Table table = row.table();
    PreparedStatement delete =
        deletes.computeIfAbsent(table.name(), name -> session.prepare(deleteCql(table)));
    List<Object> values = new ArrayList<>(row.keyValues());
    if (!table.keyedByBlockHash()) {
      values.add(row.get("block_hash"));
    }
    return delete.bind(values.toArray());
  }

  String insertCql(Table table) {
    List<String> columns = table.columns();
    return "INSERT INTO "
        + keyspace
        + "."
        + table.name()
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ") USING TTL ?";
  }

  String deleteCql(Table table) {
    return "DELETE FROM "
        + keyspace
        + "."
        + table.name()
        + " WHERE "
        + table.keyColumns().stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "))
        // Keyed by the hash, the row can only be the retracted block's: no Paxos round needed.
        + (table.keyedByBlockHash() ? "" : " IF block_hash = ?");
  }
}
