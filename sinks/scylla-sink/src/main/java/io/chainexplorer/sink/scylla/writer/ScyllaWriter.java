package io.chainexplorer.sink.scylla.writer;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.cql.Sessions;
import io.chainexplorer.sink.scylla.mapping.MappedRecord;
import io.chainexplorer.sink.scylla.mapping.Row;
import io.chainexplorer.sink.scylla.mapping.RowMapper;
import io.chainexplorer.sink.scylla.metrics.ScyllaSinkMetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of records asynchronously, at most {@code max.inflight.requests} statements at
 * once, and returns only once every statement has completed.
 *
 * <p>Records sharing an identity (entity and key) or a row (table and primary key) are applied in
 * delivery order: a record and its retraction in one batch must not race, nor may the retraction of
 * an orphaned block's row and the write of the row that replaced it under the same key (the same
 * sender's transaction at the same height and index). The retraction is a conditional delete, whose
 * Paxos timestamp would win over a concurrent plain write it read before.
 */
public final class ScyllaWriter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ScyllaWriter.class);

  private final ScyllaSinkConfig config;
  private final Function<ScyllaSinkConfig, CqlSession> opener;
  private final RowMapper mapper = new RowMapper();
  private final Semaphore inflight;
  private final ScyllaSinkMetrics metrics;
  private CqlSession session;
  private PreparedTables prepared;

  public ScyllaWriter(ScyllaSinkConfig config) {
    this(config, Sessions::open, ScyllaSinkMetrics.unregistered());
  }

  /**
   * A writer that opens its session with {@code opener}, lazily (the cluster may be down), and
   * counts the rows it writes and retracts in {@code metrics}.
   */
  public ScyllaWriter(
      ScyllaSinkConfig config,
      Function<ScyllaSinkConfig, CqlSession> opener,
      ScyllaSinkMetrics metrics) {
    this.config = config;
    this.opener = opener;
    this.inflight = new Semaphore(config.maxInflight());
    this.metrics = metrics;
  }

  /**
   * Writes every record; returns those that failed for a reason of their own (bad data, a statement
   * the cluster rejects).
   *
   * @throws TransientWriteException when any statement failed for a reason that may pass; the whole
   *     batch may be written again, since every statement is idempotent
   */
  public List<Failure> write(Collection<SinkRecord> records) throws TransientWriteException {
    PreparedTables statements = statements();
    List<Failure> failures = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    Set<String> claimed = new HashSet<>();
    for (SinkRecord record : records) {
      MappedRecord mapped;
      try {
        mapped = mapper.map(record);
      } catch (DataException e) {
        failures.add(new Failure(record, e));
        continue;
      }
      List<String> claims = claims(mapped);
      if (claims.stream().anyMatch(claimed::contains)) {
        await(pending, failures);
        claimed.clear();
      }
      claimed.addAll(claims);
      pending.add(new Pending(record, submit(statements, mapped)));
    }
    await(pending, failures);
    throwIfTransient(failures);
    return failures;
  }

  /** What a record must not share with one still in flight: its identity and each row's key. */
  private static List<String> claims(MappedRecord mapped) {
    List<String> claims = new ArrayList<>();
    claims.add(mapped.identity());
    for (Row row : mapped.rows()) {
      claims.add(row.table().name() + row.keyValues());
    }
    return claims;
  }

  private PreparedTables statements() throws TransientWriteException {
    if (session == null) {
      try {
        session = opener.apply(config);
        prepared = new PreparedTables(session, config);
      } catch (RuntimeException e) {
        if (TransientErrors.isTransient(e)) {
          throw new TransientWriteException("cannot reach ScyllaDB: " + e.getMessage(), e);
        }
        throw e;
      }
    }
    return prepared;
  }

  private CompletableFuture<Void> submit(PreparedTables statements, MappedRecord mapped) {
    List<CompletableFuture<?>> rows = new ArrayList<>();
    for (Row row : mapped.rows()) {
      if (mapped.retracted() && !row.table().retractable()) {
        continue;
      }
      rows.add(execute(statements, row, mapped.retracted()));
    }
    return CompletableFuture.allOf(rows.toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<?> execute(PreparedTables statements, Row row, boolean retract) {
    try {
      BoundStatement statement = retract ? statements.retract(row) : statements.upsert(row);
      inflight.acquire();
      String table = row.table().name();
      return session
          .executeAsync(statement)
          .toCompletableFuture()
          .whenComplete(
              (result, error) -> {
                inflight.release();
                // A retraction whose condition fails deleted nothing: the row was rewritten.
                if (error == null && (!retract || result.wasApplied())) {
                  count(table, retract);
                }
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    } catch (RuntimeException e) {
      // Preparing fails synchronously when the cluster is unreachable or rejects the statement.
      return CompletableFuture.failedFuture(e);
    }
  }

  private void count(String table, boolean retract) {
    if (retract) {
      metrics.rowRetracted(table);
    } else {
      metrics.rowWritten(table);
    }
  }

  private static void await(List<Pending> pending, List<Failure> failures) {
    for (Pending p : pending) {
      try {
        p.future().join();
      } catch (RuntimeException e) {
        failures.add(new Failure(p.record(), TransientErrors.unwrap(e)));
      }
    }
    pending.clear();
  }

  private static void throwIfTransient(List<Failure> failures) throws TransientWriteException {
    for (Failure failure : failures) {
      if (TransientErrors.isTransient(failure.cause())) {
        LOG.warn(
            "{} of the batch's records failed, transiently at {}-{}@{}: {}",
            failures.size(),
            failure.record().topic(),
            failure.record().kafkaPartition(),
            failure.record().kafkaOffset(),
            failure.cause().toString());
        throw new TransientWriteException(
            "transient ScyllaDB failure: " + failure.cause(), failure.cause());
      }
    }
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  private record Pending(SinkRecord record, CompletableFuture<Void> future) {}
}
