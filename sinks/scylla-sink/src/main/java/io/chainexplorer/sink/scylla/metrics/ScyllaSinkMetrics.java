package io.chainexplorer.sink.scylla.metrics;

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

  static final String PREFIX = "chain.explorer.sink.scylla.";

  private final MeterRegistry registry;
  private final String connector;
  private final Counter records;
  private final Counter retries;
  private final Counter deadLettered;
  private final Counter transientErrors;
  private final Counter recordErrors;
  private final Map<String, Counter> written = new ConcurrentHashMap<>();
  private final Map<String, Counter> retracted = new ConcurrentHashMap<>();

  public ScyllaSinkMetrics(MeterRegistry registry, String connector) {
    this.registry = registry;
    this.connector = connector;
    this.records = counter("records", "Records the connector received");
    this.retries = counter("retries", "Batches handed back to Connect to retry after a failure");
    this.deadLettered = counter("dead.lettered", "Records sent to the errant-record reporter");
    this.transientErrors = error("transient");
    this.recordErrors = error("record");
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
    written.computeIfAbsent(table, t -> rowCounter("rows.written", t, "Rows upserted")).increment();
  }

  /** One row of {@code table} deleted by a retraction. */
  public void rowRetracted(String table) {
    retracted
        .computeIfAbsent(table, t -> rowCounter("rows.retracted", t, "Rows deleted by retractions"))
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

  private Counter counter(String name, String description) {
    return Counter.builder(PREFIX + name)
        .description(description)
        .tag("connector", connector)
        .register(registry);
  }

  private Counter error(String kind) {
    return Counter.builder(PREFIX + "errors")
        .description("Write failures: transient (the batch is retried) or of one record")
        .tags("connector", connector, "kind", kind)
        .register(registry);
  }

  private Counter rowCounter(String name, String table, String description) {
    return Counter.builder(PREFIX + name)
        .description(description)
        .tags("connector", connector, "table", table)
        .register(registry);
  }
}
