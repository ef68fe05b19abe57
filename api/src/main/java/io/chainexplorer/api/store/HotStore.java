package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The hot store's session and keyspace, with each statement prepared once on first use. */
public final class HotStore {

  private final CqlSession session;
  private final String keyspace;
  private final Map<String, PreparedStatement> prepared = new ConcurrentHashMap<>();

  public HotStore(CqlSession session, String keyspace) {
    this.session = session;
    this.keyspace = keyspace;
  }

  public CqlSession session() {
    return session;
  }

  /** {@code cql} with every {@code ks.} replaced by the keyspace, prepared once. */
  public PreparedStatement prepare(String cql) {
    return prepared.computeIfAbsent(cql, c -> session.prepare(c.replace("ks.", keyspace + ".")));
  }
}
