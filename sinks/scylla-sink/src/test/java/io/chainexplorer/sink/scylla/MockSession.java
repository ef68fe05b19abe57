package io.chainexplorer.sink.scylla;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A CQL session without a cluster, for unit tests of the writer and the task: it records every
 * statement executed, with its CQL and bound values, and completes it as the test says.
 */
public final class MockSession {

  /** One executed statement and its outcome, which the test may complete later. */
  public record Executed(
      String cql, List<Object> values, CompletableFuture<AsyncResultSet> result) {

    /** Completes the statement as applied. */
    public void apply() {
      result.complete(APPLIED);
    }
  }

  private static final AsyncResultSet APPLIED = applied();

  public final CqlSession session = mock(CqlSession.class);
  private final List<Executed> executed = new CopyOnWriteArrayList<>();
  private final Map<Statement<?>, Executed> bound = new ConcurrentHashMap<>();
  private volatile Throwable failure;
  private volatile boolean manual;

  public MockSession() {
    when(session.prepare(anyString())).thenAnswer(call -> prepared(call.getArgument(0)));
    when(session.executeAsync(any(Statement.class)))
        .thenAnswer(call -> execute(call.getArgument(0)));
  }

  /** Every statement from now on fails with {@code error}. */
  public MockSession failingWith(Throwable error) {
    this.failure = error;
    return this;
  }

  /** Every statement from now on stays in flight until the test completes it. */
  public MockSession completedByTheTest() {
    this.manual = true;
    return this;
  }

  /** The statements executed so far, in order. */
  public List<Executed> executed() {
    return List.copyOf(executed);
  }

  private PreparedStatement prepared(String cql) {
    PreparedStatement statement = mock(PreparedStatement.class);
    when(statement.bind(any(Object[].class)))
        .thenAnswer(
            call -> {
              BoundStatement boundStatement = mock(BoundStatement.class);
              bound.put(
                  boundStatement,
                  new Executed(cql, Arrays.asList(call.getArguments()), new CompletableFuture<>()));
              return boundStatement;
            });
    return statement;
  }

  private CompletableFuture<AsyncResultSet> execute(Statement<?> statement) {
    Executed execution = bound.remove(statement);
    executed.add(execution);
    Throwable error = failure;
    if (error != null) {
      execution.result().completeExceptionally(error);
    } else if (!manual) {
      execution.apply();
    }
    return execution.result();
  }

  private static AsyncResultSet applied() {
    AsyncResultSet result = mock(AsyncResultSet.class);
    when(result.wasApplied()).thenReturn(true);
    return result;
  }
}
