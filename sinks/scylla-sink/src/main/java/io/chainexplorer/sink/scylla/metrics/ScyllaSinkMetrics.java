package io.chainexplorer.sink.scylla.metrics;

import io.chainexplorer.sink.metrics.SinkMeters;
import io.chainexplorer.sink.metrics.SinkMetricsEndpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meters of one connector's ScyllaDB writes, tagged with the connector name and, per row, the
 * table: {@code chain_explorer_sink_scylla_*} on the worker-wide endpoint.
 */
public final class ScyllaSinkMetrics {

  private final SinkMeters meters;
  private final Counter records;
  private final Counter retries;
  private final Counter deadLettered;
  private final Counter transientErrors;
  private final Counter recordErrors;
  private final Map<String, Counter> written = new ConcurrentHashMap<>();
  private final Map<String, Counter> retracted = new ConcurrentHashMap<>();

  public ScyllaSinkMetrics(MeterRegistry registry, String connector) {
    this.meters = new SinkMeters(registry, "scylla", connector);
    this.records = meters.counter("records", "Records the connector received");
    this.retries =
        meters.counter("retries", "Batches handed back to Connect to retry after a failure");
    this.deadLettered =
        meters.counter("dead.lettered", "Records sent to the errant-record reporter");
    this.transientErrors = error("transient");
    this.recordErrors = error("record");
  }

  private Counter error(String kind) {
    return meters.counter(
        "errors",
        "Write failures: transient (the batch is retried) or of one record",
        "kind",
        kind);
  }

  /** The meters of {@code connector} on the worker-wide endpoint. */
  public static ScyllaSinkMetrics forConnector(String connector) {
    return new ScyllaSinkMetrics(SinkMetricsEndpoint.registry("scylla-sink"), connector);
  }

  /** Meters nobody reads: for a writer used outside a Connect worker. */
  public static ScyllaSinkMetrics unregistered() {
    return new ScyllaSinkMetrics(new SimpleMeterRegistry(), "none");
  }

  public void recordsReceived(int count) {
    records.increment(count);
  }

  /** One row upserted into {@code table}. */
  public void rowWritten(String table) {
    written
        .computeIfAbsent(table, t -> meters.counter("rows.written", "Rows upserted", "table", t))
        .increment();
  }

  /** One row of {@code table} deleted by a retraction. */
  public void rowRetracted(String table) {
    retracted
        .computeIfAbsent(
            table, t -> meters.counter("rows.retracted", "Rows deleted by retractions", "table", t))
        .increment();
  }

  /** A batch failed for a reason that may pass. */
  public void transientError() {
    transientErrors.increment();
  }

  /** A record failed for a reason of its own (bad data, a statement the cluster rejects). */
  public void recordError() {
    recordErrors.increment();
  }

  public void retry() {
    retries.increment();
  }

  public void deadLettered() {
    deadLettered.increment();
  }
}
