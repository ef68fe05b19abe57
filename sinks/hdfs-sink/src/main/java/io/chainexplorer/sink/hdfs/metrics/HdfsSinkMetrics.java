package io.chainexplorer.sink.hdfs.metrics;

import io.chainexplorer.sink.metrics.SinkMeters;
import io.chainexplorer.sink.metrics.SinkMetricsEndpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meters of one connector's Parquet files, tagged with the connector name and, per committed file,
 * the entity: {@code chain_explorer_sink_hdfs_*} on the worker-wide endpoint.
 */
public final class HdfsSinkMetrics {

  private final SinkMeters meters;
  private final Counter records;
  private final Counter deadLettered;
  private final Counter recordErrors;
  private final Counter fileSystemErrors;
  private final Counter discarded;
  private final Map<String, Committed> committed = new ConcurrentHashMap<>();

  private record Committed(Counter files, Counter records, Counter bytes) {}

  public HdfsSinkMetrics(MeterRegistry registry, String connector) {
    this.meters = new SinkMeters(registry, "hdfs", connector);
    this.records = meters.counter("records", "Records the connector received");
    this.deadLettered =
        meters.counter("dead.lettered", "Records sent to the errant-record reporter");
    String errors = "Failures: of one record (reported) or of the file system (the task fails)";
    this.recordErrors = meters.counter("errors", errors, "kind", "record");
    this.fileSystemErrors = meters.counter("errors", errors, "kind", "filesystem");
    this.discarded =
        meters.counter("temp.files.discarded", "Uncommitted temporary files deleted by recovery");
  }

  /** The meters of {@code connector} on the worker-wide endpoint. */
  public static HdfsSinkMetrics forConnector(String connector) {
    return new HdfsSinkMetrics(SinkMetricsEndpoint.registry("hdfs-sink"), connector);
  }

  /** Meters nobody reads: for a writer used outside a Connect worker. */
  public static HdfsSinkMetrics unregistered() {
    return new HdfsSinkMetrics(new SimpleMeterRegistry(), "none");
  }

  public void recordsReceived(int count) {
    records.increment(count);
  }

  /** A file of {@code entity} renamed to its final name, with its records and Parquet bytes. */
  public void fileCommitted(String entity, long recordCount, long bytes) {
    Committed counters = committed.computeIfAbsent(entity, this::committedMeters);
    counters.files().increment();
    counters.records().increment(recordCount);
    counters.bytes().increment(bytes);
  }

  /** A record that cannot be written (a retraction, a tombstone, no block time). */
  public void recordError() {
    recordErrors.increment();
  }

  /** A file system failure, which fails the task. */
  public void fileSystemError() {
    fileSystemErrors.increment();
  }

  public void deadLettered() {
    deadLettered.increment();
  }

  public void tempFilesDiscarded(int count) {
    discarded.increment(count);
  }

  private Committed committedMeters(String entity) {
    return new Committed(
        meters.counter("files.committed", "Parquet files committed", "entity", entity),
        meters.counter("records.committed", "Records in committed files", "entity", entity),
        meters.counter("bytes.committed", "Bytes of committed files", "entity", entity));
  }
}
