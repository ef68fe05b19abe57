package io.chainexplorer.bench.sink;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.chainexplorer.embedded.EmbeddedCassandra;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.cql.SchemaMigrator;
import io.chainexplorer.sink.scylla.cql.Sessions;
import io.chainexplorer.sink.scylla.mapping.Row;
import io.chainexplorer.sink.scylla.mapping.RowMapper;
import io.chainexplorer.sink.scylla.metrics.ScyllaSinkMetrics;
import io.chainexplorer.sink.scylla.writer.ScyllaWriter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Rows/s of transactions written through the connector's writer (mapping, prepared upserts, bounded
 * in-flight, row meters, 500-record batches as Connect delivers them) versus a bare asynchronous
 * driver loop binding the same rows with the same in-flight bound, interleaved on one Cassandra
 * node.
 *
 * <p>Arguments: records per run (default 20000), rounds (default 5), in-flight bound (256).
 */
public final class ScyllaSinkThroughput {

  private static final int BATCH = 500;
  private static final String TOPIC = "bench-transactions";

  private ScyllaSinkThroughput() {}

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int inflight = args.length > 2 ? Integer.parseInt(args[2]) : 256;
    try (EmbeddedCassandra node = EmbeddedCassandra.builder().heap("1g").start()) {
      ScyllaSinkConfig config = config(node, inflight);
      try (CqlSession session = Sessions.open(config)) {
        SchemaMigrator.apply(session, config.keyspace(), config.replicationCql());
        List<SinkRecord> sink =
            MainnetLikeTransactions.asSinkRecords(
                TOPIC, MainnetLikeTransactions.generate(records, 42));
        List<Row> rows = new ArrayList<>();
        RowMapper mapper = new RowMapper();
        sink.forEach(r -> rows.addAll(mapper.map(r).rows()));
        run(config, session, sink, rows, rounds, inflight);
      }
    }
  }

  private static void run(
      ScyllaSinkConfig config,
      CqlSession session,
      List<SinkRecord> sink,
      List<Row> rows,
      int rounds,
      int inflight)
      throws Exception {
    ScyllaSinkMetrics metrics =
        new ScyllaSinkMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "bench");
    ScyllaWriter writer = new ScyllaWriter(config, c -> session, metrics);
    Bare bare = new Bare(session, config, inflight);
    // Warm-up: JIT, prepared statements, memtables.
    viaWriter(writer, sink);
    bare.write(rows);
    double[] writerRates = new double[rounds];
    double[] bareRates = new double[rounds];
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      writerRates[round] = rows.size() / seconds(() -> viaWriter(writer, sink));
      bareRates[round] = rows.size() / seconds(() -> bare.write(rows));
      ratios[round] = writerRates[round] / bareRates[round];
      System.out.printf(
          "round %d: writer %.0f rows/s, bare %.0f rows/s, ratio %.2f%n",
          round, writerRates[round], bareRates[round], writerRates[round] / bareRates[round]);
    }
    double writerMedian = median(writerRates);
    double bareMedian = median(bareRates);
    System.out.printf(
        "%d records (%d rows) x %d rounds, in-flight %d%n",
        sink.size(), rows.size(), rounds, inflight);
    System.out.printf(
        "median: writer %.0f rows/s, bare driver %.0f rows/s, ratio %.2f%n",
        writerMedian, bareMedian, writerMedian / bareMedian);
    System.out.printf(
        "median of the per-round ratios (back-to-back pairs): %.2f%n", median(ratios));
  }

  private static void viaWriter(ScyllaWriter writer, List<SinkRecord> sink) throws Exception {
    for (int from = 0; from < sink.size(); from += BATCH) {
      List<?> failures = writer.write(sink.subList(from, Math.min(sink.size(), from + BATCH)));
      if (!failures.isEmpty()) {
        throw new IllegalStateException(failures.size() + " failures: " + failures.get(0));
      }
    }
  }

  private static double seconds(Action action) throws Exception {
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static ScyllaSinkConfig config(EmbeddedCassandra node, int inflight) {
    return new ScyllaSinkConfig(
        Map.of(
            ScyllaSinkConfig.CONTACT_POINTS, node.host() + ":" + node.nativePort(),
            ScyllaSinkConfig.LOCAL_DATACENTER, node.localDatacenter(),
            ScyllaSinkConfig.KEYSPACE, "bench",
            ScyllaSinkConfig.REPLICATION_CLASS, "SimpleStrategy",
            ScyllaSinkConfig.REPLICATION_FACTOR, "1",
            ScyllaSinkConfig.MAX_INFLIGHT, Integer.toString(inflight),
            ScyllaSinkConfig.REQUEST_TIMEOUT_MS, "30000"));
  }

  @FunctionalInterface
  private interface Action {
    void run() throws Exception;
  }

  /** The baseline: prepared upserts of the same rows, same bound on requests in flight. */
  private static final class Bare {
    private final CqlSession session;
    private final ScyllaSinkConfig config;
    private final Semaphore permits;
    private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    Bare(CqlSession session, ScyllaSinkConfig config, int inflight) {
      this.session = session;
      this.config = config;
      this.permits = new Semaphore(inflight);
    }

    void write(List<Row> rows) throws InterruptedException {
      List<CompletableFuture<?>> futures = new ArrayList<>(rows.size());
      for (Row row : rows) {
        PreparedStatement insert =
            prepared.computeIfAbsent(row.table().name(), t -> session.prepare(insertCql(row)));
        Object[] values = Arrays.copyOf(row.values().toArray(), row.values().size() + 1);
        values[values.length - 1] = config.ttlSeconds(row.table().name());
        permits.acquire();
        futures.add(
            session
                .executeAsync(insert.bind(values))
                .toCompletableFuture()
                .whenComplete((r, e) -> permits.release()));
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    }

    private static String insertCql(Row row) {
      List<String> columns = row.table().columns();
      return "INSERT INTO bench."
          + row.table().name()
          + " ("
          + String.join(", ", columns)
          + ") VALUES ("
          + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
          + ") USING TTL ?";
    }
  }
}
