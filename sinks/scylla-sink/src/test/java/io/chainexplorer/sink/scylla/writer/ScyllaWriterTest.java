package io.chainexplorer.sink.scylla.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.scylla.ConnectRecords;
import io.chainexplorer.sink.scylla.MockSession;
import io.chainexplorer.sink.scylla.SampleRecords;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.metrics.ScyllaSinkMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ordering of the writer's asynchronous statements, on a session whose statements stay in flight
 * until the test completes them.
 */
class ScyllaWriterTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final String ORPHANED = SampleRecords.hash("b1", 1);
  private static final String CANONICAL = SampleRecords.hash("b2", 1);

  private final MockSession cluster = new MockSession().completedByTheTest();
  private final ScyllaWriter writer =
      new ScyllaWriter(
          new ScyllaSinkConfig(Map.of(ScyllaSinkConfig.LOCAL_DATACENTER, "dc1")),
          config -> cluster.session,
          ScyllaSinkMetrics.unregistered());
  private Thread thread;

  @AfterEach
  void close() {
    writer.close();
  }

  @Test
  void shouldHoldBackTheWriteOfARowUntilTheRetractionOfTheSameRowHasCompleted() {
    // Same sender, height and index: the replacement writes the rows the retraction deletes.
    Transaction orphaned =
        Transaction.newBuilder(transaction("aa", ORPHANED)).setRetracted(true).build();
    Transaction replacement = transaction("bb", CANONICAL);
    CompletableFuture<List<Failure>> written =
        writeInTheBackground(record(orphaned, 0), record(replacement, 1));

    awaitStatements(3);
    awaitBlocked(written);
    assertThat(cluster.executed()).allMatch(e -> e.cql().startsWith("DELETE"));

    cluster.executed().forEach(MockSession.Executed::apply);
    awaitStatements(6);
    assertThat(cluster.executed().subList(3, 6)).allMatch(e -> e.cql().startsWith("INSERT"));
    cluster.executed().forEach(MockSession.Executed::apply);

    assertThat(written.join()).isEmpty();
  }

  @Test
  void shouldNotHoldBackRecordsThatShareNoRow() {
    Transaction one = transaction("aa", ORPHANED);
    Transaction other =
        Transaction.newBuilder(transaction("bb", CANONICAL)).setTransactionIndex(1L).build();
    CompletableFuture<List<Failure>> written =
        writeInTheBackground(record(one, 0), record(other, 1));

    awaitStatements(6);
    cluster.executed().forEach(MockSession.Executed::apply);

    assertThat(written.join()).isEmpty();
  }

  private CompletableFuture<List<Failure>> writeInTheBackground(SinkRecord... records) {
    CompletableFuture<List<Failure>> written = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                written.complete(writer.write(List.of(records)));
              } catch (TransientWriteException | RuntimeException e) {
                written.completeExceptionally(e);
              }
            },
            "writer");
    thread.setDaemon(true);
    thread.start();
    this.thread = thread;
    return written;
  }

  private void awaitStatements(int count) {
    await().atMost(PATIENCE).until(() -> cluster.executed().size() >= count);
  }

  /** The writer waits on statements in flight: whatever it would submit next, it has not. */
  private void awaitBlocked(CompletableFuture<List<Failure>> written) {
    await().atMost(PATIENCE).until(() -> thread.getState() == Thread.State.WAITING);
    assertThat(written).isNotDone();
    assertThat(cluster.executed()).hasSize(3);
  }

  private static Transaction transaction(String prefix, String blockHash) {
    return SampleRecords.transaction(SampleRecords.hash(prefix, 1), 1, blockHash, 0);
  }

  private static SinkRecord record(Transaction transaction, long offset) {
    return ConnectRecords.of(transaction, transaction.getHash(), offset);
  }
}
