package io.chainexplorer.batchserving;

import static io.chainexplorer.batchserving.ViewFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.batchserving.reconcile.Drift;
import io.chainexplorer.batchserving.reconcile.Reconciler;
import io.chainexplorer.batchserving.reconcile.ReconciliationReport;
import io.chainexplorer.sink.scylla.cql.SchemaMigrator;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The batch views of one day against hot tables written as the ScyllaDB sink writes them. */
@ExtendWith(CassandraExtension.class)
class ReconcilerIT {

  private static final String KEYSPACE = "batch_reconcile_it";
  static final LocalDate DAY = LocalDate.parse("2026-12-02");
  static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
  private static final String ZERO = "0x0000000000000000000000000000000000000000";
  static final String TOKEN = "0x00000000000000000000000000000000000000aa";
  private static final String ALICE = "0x00000000000000000000000000000000000000a1";
  private static final String BOB = "0x00000000000000000000000000000000000000b0";
  private static final BigInteger TWO_255 = BigInteger.TWO.pow(255);
  private static final String HUGE = TWO_255.add(BigInteger.valueOf(12345)).toString();

  private static CqlSession session;
  private static HotRows hot;

  @TempDir Path out;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final BatchServingMetrics metrics = new BatchServingMetrics();

  @BeforeAll
  static void schema(CassandraEndpoint cassandra) {
    session =
        CqlSession.builder()
            .addContactPoint(cassandra.contactPoint())
            .withLocalDatacenter(cassandra.localDatacenter())
            .build();
    hot = new HotRows(session, KEYSPACE);
    SchemaMigrator.apply(session, KEYSPACE, "{'class': 'SimpleStrategy', 'replication_factor': 1}");
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  @BeforeEach
  void cleanPipeline() {
    metrics.bindTo(registry);
    for (String table :
        List.of(
            "chain_metrics_by_day",
            "token_transfers_by_token",
            "transactions_by_address",
            "token_transfers_by_address")) {
      session.execute("TRUNCATE " + KEYSPACE + "." + table);
    }
    // Two minutes of the day; the sums equal the batch figures.
    hot.metric("2026-12-02T10:00:00Z", 2, 3, 60_000, TWO_255);
    hot.metric("2026-12-02T11:00:00Z", 1, 1, 30_000, BigInteger.valueOf(12345));
    hot.transfer(1, ZERO, ALICE, TWO_255);
    hot.transfer(2, ALICE, BOB, BigInteger.valueOf(12345));
    hot.transaction(ALICE, 1, "out", BigInteger.valueOf(21_000));
    hot.transaction(BOB, 1, "in", BigInteger.valueOf(21_000));
    hot.transferOf(ALICE, 1, "in");
    hot.transferOf(ALICE, 2, "out");
    hot.transferOf(BOB, 2, "in");
    batch(new ViewFixture(out)).finish("run-7", "2026-12-02", "ok");
  }

  @Test
  void shouldFindNoDriftWhenBothLayersAgree() throws Exception {
    ReconciliationReport report = reconcile();

    assertThat(report.days()).containsExactly(DAY);
    assertThat(report.drifts()).isEmpty();
    assertThat(Files.readAllLines(out.resolve(Reconciler.FILE))).containsExactly(Drift.HEADER);
    assertThat(registry.get("chainexplorer.batch.drift").tag("view", "token_daily").gauge().value())
        .isZero();
    assertThat(registry.get("chainexplorer.batch.reconciled.days").gauge().value()).isEqualTo(1.0);
    assertThat(report.summary())
        .isEqualTo(
            "reconciled run run-7 over 1 days (2026-12-02..2026-12-02): drift chain_daily=0"
                + " token_daily=0 address_daily=0");
  }

  @Test
  void shouldNameTheDriftOfATransferMissingFromTheHotStore() throws Exception {
    session.execute(
        "DELETE FROM "
            + KEYSPACE
            + ".token_transfers_by_token WHERE token_address = ? AND bucket"
            + " = 202612 AND block_number = 2 AND log_index = 0 AND batch_index = 0",
        TOKEN);

    ReconciliationReport report = reconcile();

    String key = TOKEN + "/ERC20";
    assertThat(report.drifts())
        .contains(
            new Drift("token_daily", DAY, key, "transfers", "2", "1"),
            new Drift("token_daily", DAY, key, "volume", HUGE, TWO_255.toString()))
        .allMatch(drift -> drift.view().equals("token_daily"));
    assertThat(Files.readAllLines(out.resolve(Reconciler.FILE)))
        .contains("token_daily\t2026-12-02\t" + key + "\ttransfers\t2\t1");
    assertThat(registry.get("chainexplorer.batch.drift").tag("view", "token_daily").gauge().value())
        .isEqualTo(report.drifts().size());
  }

  @Test
  void shouldNameTheDriftOfARetractedRowLeftInTheHotStore() throws Exception {
    // A transaction of an orphaned block the hot store still holds for Bob.
    hot.transaction(BOB, 3, "out", BigInteger.valueOf(5));

    assertThat(reconcile().drifts())
        .containsExactly(
            new Drift("address_daily", DAY, BOB, "transactions_sent", "0", "1"),
            new Drift("address_daily", DAY, BOB, "fees_paid_wei", "0", "5"));
  }

  @Test
  void shouldNameAChangedChainFigureAndATokenTheBatchLacks() throws Exception {
    hot.metric("2026-12-02T11:00:00Z", 1, 1, 30_001, BigInteger.valueOf(12345));
    // A transfer of the token under a standard the batch never saw for it.
    session.execute(
        "INSERT INTO "
            + KEYSPACE
            + ".token_transfers_by_token (token_address, bucket,"
            + " block_number, log_index, batch_index, block_timestamp, standard, from_address,"
            + " to_address, token_id) VALUES (?, 202612, 5, 0, 0, ?, 'ERC721', ?, ?, 1)",
        TOKEN,
        NOON,
        ALICE,
        BOB);

    assertThat(reconcile().drifts())
        .containsExactly(
            new Drift("chain_daily", DAY, "chain", "gas_used", "90000", "90001"),
            new Drift(
                "token_daily", DAY, TOKEN + "/ERC721", Drift.ROW, Drift.ABSENT, Drift.PRESENT));
    assertThat(registry.get("chainexplorer.batch.drift").tag("view", "chain_daily").gauge().value())
        .isEqualTo(1.0);
  }

  @Test
  void shouldNameADayTheBatchLacksBetweenItsFirstDayAndTheWatermark() throws Exception {
    // The batch starts on 11-30 but has no 12-01, a day the hot store has metrics of.
    batch(
            new ViewFixture(out)
                .day(
                    "chain_daily",
                    ViewFixture.CHAIN_DAILY,
                    "2026-11-30",
                    row(1L, 1L, 0L, 1L, "1", "7", 1L, 0L)))
        .finish("run-8", "2026-12-02", "ok");
    session.execute(
        "INSERT INTO "
            + KEYSPACE
            + ".chain_metrics_by_day (day, minute_start, block_count,"
            + " transaction_count, gas_used, fees_paid) VALUES ('2026-12-01',"
            + " '2026-12-01T08:00:00Z', 1, 1, 1, 1)");

    ReconciliationReport report = reconcile();

    assertThat(report.days()).containsExactly(LocalDate.parse("2026-12-01"), DAY);
    assertThat(report.drifts())
        .containsExactly(
            new Drift(
                "chain_daily",
                LocalDate.parse("2026-12-01"),
                "chain",
                Drift.ROW,
                Drift.ABSENT,
                Drift.PRESENT));
  }

  @Test
  void shouldExitZeroWhenCleanAndTwoOnDriftThroughTheCommandLine(CassandraEndpoint cassandra) {
    String[] args = {
      "reconcile",
      "--out",
      out.toString(),
      "--contact-points",
      cassandra.host() + ":" + cassandra.port(),
      "--datacenter",
      cassandra.localDatacenter(),
      "--keyspace",
      KEYSPACE
    };
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(stdout, true, StandardCharsets.UTF_8);

    assertThat(BatchServing.run(args, print, System.err)).isEqualTo(BatchServing.OK);
    hot.transaction(BOB, 3, "out", BigInteger.valueOf(5));
    assertThat(BatchServing.run(args, print, System.err)).isEqualTo(BatchServing.DRIFT);
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("drift chain_daily=0 token_daily=0 address_daily=2");
  }

  /** The batch views of the clean pipeline, after what {@code fixture} already holds. */
  private static ViewFixture batch(ViewFixture fixture) {
    return fixture
        .day(
            "chain_daily",
            ViewFixture.CHAIN_DAILY,
            "2026-12-02",
            row(3L, 4L, 0L, 90_000L, HUGE, "7", 2L, 0L))
        // After the watermark: the cold store's day is not complete yet, never compared.
        .day(
            "chain_daily",
            ViewFixture.CHAIN_DAILY,
            "2026-12-03",
            row(1L, 1L, 0L, 1L, "1", "7", 1L, 0L))
        .day(
            "token_daily",
            ViewFixture.TOKEN_DAILY,
            "2026-12-02",
            row(TOKEN, "ERC20", 2L, 2L, 2L, HUGE, 0L, 1L, 0L))
        .day(
            "address_daily",
            ViewFixture.ADDRESS_DAILY,
            "2026-12-02",
            row(ALICE, 1L, 0L, "21000", 1L, 1L, 0L, 0L, 0L, 0L, 0L),
            row(BOB, 0L, 1L, "0", 1L, 0L, 0L, 0L, 0L, 0L, 0L))
        .whole(
            "tokens",
            ViewFixture.TOKENS,
            row(TOKEN, "ERC20", 10L, 20L, DAY, DAY, 2L, null, null, null));
  }

  private ReconciliationReport reconcile() throws Exception {
    return new Reconciler(session, KEYSPACE, new Configuration(), 100, metrics)
        .reconcile(out.toString());
  }
}
