package io.chainexplorer.sink.hdfs.metrics;

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

  static final String PREFIX = "chain.explorer.sink.hdfs.";

  private final MeterRegistry registry;
  private final String connector;
  private final Counter records;
  private final Counter deadLettered;
  private final Counter recordErrors;
  private final Counter fileSystemErrors;
  private final Counter discarded;
  private final Map<String, Committed> committed = new ConcurrentHashMap<>();

  private record Committed(Counter files, Counter records, Counter bytes) {}

  public HdfsSinkMetrics(MeterRegistry registry, String connector) {
    this.registry = registry;
    this.connector = connector;
    this.records = counter("records", "Records the connector received");
    this.deadLettered = counter("dead.lettered", "Records sent to the errant-record reporter");
    this.recordErrors = error("record");
    this.fileSystemErrors = error("filesystem");
    this.discarded =
        counter("temp.files.discarded", "Uncommitted temporary files deleted by recovery");
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
    Committed meters = committed.computeIfAbsent(entity, this::committedMeters);
    meters.files().increment();
    meters.records().increment(recordCount);
    meters.bytes().increment(bytes);
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
        entityCounter("files.committed", entity, "Parquet files committed"),
        entityCounter("records.committed", entity, "Records in committed files"),
        entityCounter("bytes.committed", entity, "Bytes of Parquet data in committed files"));
  }

  private Counter counter(String name, String description) {
    return Counter.builder(PREFIX + name)
        .description(description)
        .tag("connector", connector)
        .register(registry);
  }

  private Counter error(String kind) {
    return Counter.builder(PREFIX + "errors")
        .description("Failures: of one record (reported) or of the file system (the task fails)")
        .tags("connector", connector, "kind", kind)
        .register(registry);
  }

  private Counter entityCounter(String name, String entity, String description) {
    return Counter.builder(PREFIX + name)
        .description(description)
        .tags("connector", connector, "entity", entity)
        .register(registry);
  }
}
