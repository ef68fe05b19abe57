package io.chainexplorer.sink.scylla;

import io.chainexplorer.sink.errors.ErrantRecords;
import io.chainexplorer.sink.errors.ErrorHandling;
import io.chainexplorer.sink.errors.TransientRetry;
import io.chainexplorer.sink.scylla.cql.Sessions;
import io.chainexplorer.sink.scylla.metrics.ScyllaSinkMetrics;
import io.chainexplorer.sink.scylla.writer.Failure;
import io.chainexplorer.sink.scylla.writer.ScyllaWriter;
import io.chainexplorer.sink.scylla.writer.TransientWriteException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle shell around {@link ScyllaWriter}: transient failures are retried by Connect without
 * limit, never dead-lettered; records the store refuses go to the errant-record reporter.
 */
public final class ScyllaSinkTask extends SinkTask {

  private static final Logger LOG = LoggerFactory.getLogger(ScyllaSinkTask.class);

  private final BiFunction<ScyllaSinkConfig, ScyllaSinkMetrics, ScyllaWriter> writers;
  private ScyllaWriter writer;
  private ErrantRecords errant;
  private TransientRetry retries;
  private ScyllaSinkMetrics metrics;

  /** For Connect: each task's writer opens its own session. */
  public ScyllaSinkTask() {
    this((config, metrics) -> new ScyllaWriter(config, Sessions::open, metrics));
  }

  /** A task whose writer comes from {@code writers}: the seam of unit tests. */
  ScyllaSinkTask(BiFunction<ScyllaSinkConfig, ScyllaSinkMetrics, ScyllaWriter> writers) {
    this.writers = writers;
  }

  @Override
  public String version() {
    return ScyllaSinkConnector.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    ScyllaSinkConfig config = new ScyllaSinkConfig(props);
    metrics = ScyllaSinkMetrics.forConnector(props.getOrDefault("name", "unnamed"));
    writer = writers.apply(config, metrics);
    errant = ErrantRecords.of(context, ErrorHandling.toleratesAll(props));
    ErrorHandling.warnIfRetriesAreBounded(props);
    retries = new TransientRetry(config.maxRetries(), config.retryBackoffMs(), metrics::retry);
    LOG.info("ScyllaDB sink task started on keyspace {}", config.keyspace());
  }

  @Override
  public void put(Collection<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    metrics.recordsReceived(records.size());
    try {
      report(writer.write(records));
      retries.reset();
    } catch (TransientWriteException e) {
      // The store is down or overloaded: the whole batch waits for it, however long it takes.
      metrics.transientError();
      throw retries.retry(context, records.size(), e);
    }
  }

  private void report(List<Failure> failures) {
    for (Failure failure : failures) {
      SinkRecord record = failure.record();
      LOG.warn(
          "record {}-{}@{} not written: {}",
          record.topic(),
          record.kafkaPartition(),
          record.kafkaOffset(),
          failure.cause().toString());
      metrics.recordError();
      if (errant.report(record, failure.cause())) {
        metrics.deadLettered();
      }
    }
  }

  @Override
  public void stop() {
    if (writer != null) {
      writer.close();
    }
  }
}
