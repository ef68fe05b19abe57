package io.chainexplorer.sink.scylla;

import io.chainexplorer.sink.scylla.cql.Sessions;
import io.chainexplorer.sink.scylla.metrics.ScyllaSinkMetrics;
import io.chainexplorer.sink.scylla.writer.Failure;
import io.chainexplorer.sink.scylla.writer.ScyllaWriter;
import io.chainexplorer.sink.scylla.writer.TransientWriteException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle shell around {@link ScyllaWriter}: transient failures are retried by Connect after
 * {@code retry.backoff.ms}; once {@code max.retries} is spent, records are written one by one and
 * the failing ones go to the errant-record reporter.
 */
public final class ScyllaSinkTask extends SinkTask {

  private static final Logger LOG = LoggerFactory.getLogger(ScyllaSinkTask.class);

  private ScyllaSinkConfig config;
  private ScyllaWriter writer;
  private ErrantRecordReporter reporter;
  private int remainingRetries;
  private ScyllaSinkMetrics metrics;

  @Override
  public String version() {
    return ScyllaSinkConnector.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    config = new ScyllaSinkConfig(props);
    metrics = ScyllaSinkMetrics.forConnector(props.getOrDefault("name", "unnamed"));
    writer = new ScyllaWriter(config, Sessions::open, metrics);
    reporter = reporter();
    remainingRetries = config.maxRetries();
    LOG.info("ScyllaDB sink task started on keyspace {}", config.keyspace());
  }

  private ErrantRecordReporter reporter() {
    try {
      return context.errantRecordReporter();
    } catch (NoSuchMethodError | NoClassDefFoundError e) {
      LOG.warn(
          "this Connect worker predates the errant-record reporter: failed records stop the"
              + " task");
      return null;
    }
  }

  @Override
  public void put(Collection<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    metrics.recordsReceived(records.size());
    try {
      report(writer.write(records));
      remainingRetries = config.maxRetries();
    } catch (TransientWriteException e) {
      metrics.transientError();
      if (remainingRetries > 0) {
        remainingRetries--;
        metrics.retry();
        LOG.warn(
            "{} records not written, {} retries left: {}",
            records.size(),
            remainingRetries,
            e.getMessage());
        context.timeout(config.retryBackoffMs());
        throw new RetriableException(e.getMessage(), e);
      }
      LOG.error("retries spent on {} records: writing them one by one", records.size());
      writeOneByOne(records);
      remainingRetries = config.maxRetries();
    }
  }

  private void writeOneByOne(Collection<SinkRecord> records) {
    for (SinkRecord record : records) {
      try {
        report(writer.write(List.of(record)));
      } catch (TransientWriteException e) {
        report(List.of(new Failure(record, e.getCause())));
      }
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
      if (reporter == null) {
        throw new ConnectException(
            "record not written and no errant-record reporter", failure.cause());
      }
      reporter.report(record, failure.cause());
      metrics.deadLettered();
    }
  }

  @Override
  public void stop() {
    if (writer != null) {
      writer.close();
    }
  }
}
