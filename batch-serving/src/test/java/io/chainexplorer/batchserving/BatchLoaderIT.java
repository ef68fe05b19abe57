package io.chainexplorer.batchserving;

import static io.chainexplorer.batchserving.ViewFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.batchserving.cql.BatchSchema;
import io.chainexplorer.batchserving.load.BatchLoader;
import io.chainexplorer.batchserving.load.LoadReport;
import io.chainexplorer.batchserving.view.ViewTables;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CassandraExtension.class)
class BatchLoaderIT {

  private static final String KEYSPACE = "batch_loader_it";
  private static final String TOKEN = LoaderFixture.TOKEN;
  private static final String HUGE = LoaderFixture.HUGE;

  private static CqlSession session;

  @TempDir Path out;

  @BeforeAll
  static void schema(CassandraEndpoint cassandra) {
    session =
        CqlSession.builder()
            .addContactPoint(cassandra.contactPoint())
            .withLocalDatacenter(cassandra.localDatacenter())
            .build();
    BatchSchema.apply(session, KEYSPACE, "{'class': 'SimpleStrategy', 'replication_factor': 1}");
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void shouldLoadEveryViewWithTheColumnTypesSparkWrote() throws Exception {
    truncate();
    fixture(HUGE).finish("run-1", "2026-12-02", "ok");

    LoadReport report =
        loader(Instant.parse("2026-12-03T02:00:00Z")).load(out.toString(), ViewTables.ALL);

    assertThat(report.rowsWritten()).isEqualTo(8);
    Row chain = one("batch_chain_daily", "year = 2026 AND date = '2026-12-02'");
    assertThat(chain.getLocalDate("date")).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(chain.getLong("blocks")).isEqualTo(7200L);
    assertThat(chain.getString("fees_paid_wei")).isEqualTo(HUGE);
    assertThat(chain.isNull("mean_base_fee_wei")).isTrue();
    Row token = one("batch_token_daily", "token_address = '" + TOKEN + "'");
    assertThat(new BigInteger(token.getString("volume")))
        .isEqualTo(BigInteger.TWO.pow(255).add(BigInteger.valueOf(12345)));
    assertThat(token.getLong("mints")).isEqualTo(1L);
    Row tokens = one("batch_tokens", "token_address = '" + TOKEN + "'");
    assertThat(tokens.getLocalDate("first_date")).isEqualTo(LocalDate.parse("2026-12-01"));
    assertThat(tokens.getBoolean("created_by_factory")).isTrue();
    assertThat(tokens.getLong("last_block")).isEqualTo(14_400L);
    assertThat(
            one("batch_security_tokens_daily", "standard = 'ERC1400' AND year = 2026")
                .getLong("issuances"))
        .isEqualTo(3L);
    Row partition = one("batch_security_token_partitions_daily", "token_address = '" + TOKEN + "'");
    assertThat(partition.getString("\"partition\"")).isEqualTo("0x" + "ab".repeat(32));
    assertThat(partition.getString("volume")).isEqualTo(HUGE);
    assertThat(one("batch_security_token_adoption", "year = 2026").getLong("cumulative_tokens"))
        .isEqualTo(1L);
  }

  @Test
  void shouldWriteTheWatermarkRowOfTheLoadedRun() throws Exception {
    truncate();
    fixture(HUGE).finish("run-1", "2026-12-02", "ok");

    loader(Instant.parse("2026-12-03T02:00:00Z")).load(out.toString(), ViewTables.ALL);

    Row watermark = one("batch_watermark", "layer = 'batch' LIMIT 1");
    assertThat(watermark.getString("run_id")).isEqualTo("run-1");
    assertThat(watermark.getLocalDate("watermark")).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(watermark.getInstant("run_finished_at"))
        .isEqualTo(Instant.parse("2026-12-03T01:02:03Z"));
    assertThat(watermark.getMap("view_rows", String.class, Long.class))
        .containsEntry("chain_daily", 2L)
        .containsEntry("address_daily", 1L)
        .containsEntry("tokens", 1L);
    assertThat(watermark.getMap("view_hashes", String.class, String.class)).hasSize(7);
  }

  @Test
  void shouldSkipTheDaysWhoseContentIsAlreadyLoaded() throws Exception {
    truncate();
    fixture(HUGE).finish("run-1", "2026-12-02", "ok");
    loader(Instant.parse("2026-12-03T02:00:00Z")).load(out.toString(), ViewTables.ALL);

    LoadReport again =
        loader(Instant.parse("2026-12-03T03:00:00Z")).load(out.toString(), ViewTables.ALL);
    assertThat(again.rowsWritten()).isZero();
    assertThat(again.daysSkipped()).isEqualTo(8);

    // A late file changes one day of chain_daily: that day only is written again.
    fixture("1000").finish("run-2", "2026-12-02", "ok");
    LoadReport late =
        loader(Instant.parse("2026-12-03T04:00:00Z")).load(out.toString(), ViewTables.ALL);
    assertThat(late.daysLoaded()).isEqualTo(2);
    assertThat(late.views().stream().filter(v -> v.daysLoaded() > 0).map(v -> v.view()))
        .containsExactlyInAnyOrder("chain_daily", "token_daily");
    assertThat(
            session
                .execute(
                    "SELECT fees_paid_wei FROM "
                        + KEYSPACE
                        + ".batch_chain_daily WHERE year = 2026 AND date = '2026-12-02'")
                .one()
                .getString(0))
        .isEqualTo("1000");
    assertThat(
            session
                .execute(
                    "SELECT run_id FROM "
                        + KEYSPACE
                        + ".batch_watermark WHERE layer = 'batch' LIMIT 1")
                .one()
                .getString(0))
        .isEqualTo("run-2");
  }

  @Test
  void shouldDeleteTheRowsOfKeysARecomputedDayNoLongerHas() throws Exception {
    truncate();
    String bob = "0x00000000000000000000000000000000000000b0";
    String other = "0x00000000000000000000000000000000000000bb";
    fixture(HUGE)
        .day(
            "address_daily",
            ViewFixture.ADDRESS_DAILY,
            "2026-12-02",
            row(LoaderFixture.ALICE, 2L, 1L, HUGE, 1L, 0L, 0L, 0L, 0L, 0L, 1L),
            row(bob, 0L, 1L, "0", 0L, 1L, 0L, 0L, 0L, 0L, 0L))
        .day(
            "security_tokens_daily",
            ViewFixture.SECURITY_TOKENS_DAILY,
            "2026-12-02",
            row("ERC1400", TOKEN, 4L, 3L, 0L, 1L, 0L, 2L),
            row("ERC1400", other, 1L, 1L, 0L, 0L, 0L, 1L))
        .finish("run-1", "2026-12-02", "ok");
    loader(Instant.parse("2026-12-03T02:00:00Z")).load(out.toString(), ViewTables.ALL);

    // Recomputed after a reorg: bob and `other` were only in replaced blocks; the first day's
    // only file is gone, and the day with it.
    fixture(HUGE).drop("chain_daily", "2026-12-01").finish("run-2", "2026-12-02", "ok");
    LoadReport report =
        loader(Instant.parse("2026-12-03T03:00:00Z")).load(out.toString(), ViewTables.ALL);

    assertThat(report.rowsDeleted()).isEqualTo(3);
    assertThat(rows("batch_address_daily", "address = '" + bob + "'")).isEmpty();
    assertThat(rows("batch_address_daily", "address = '" + LoaderFixture.ALICE + "'")).hasSize(1);
    assertThat(rows("batch_security_tokens_daily", "standard = 'ERC1400' AND year = 2026"))
        .extracting(row -> row.getString("token_address"))
        .containsExactly(TOKEN);
    assertThat(rows("batch_chain_daily", "year = 2026"))
        .extracting(row -> row.getLocalDate("date"))
        .containsExactly(LocalDate.parse("2026-12-02"));
  }

  @Test
  void shouldWriteNoWatermarkWhenAViewFailsToLoad() throws Exception {
    truncate();
    fixture(HUGE).finish("run-1", "2026-12-02", "ok");
    // The hash file promises a row the files do not hold: a half-written view.
    Path hashes = out.resolve("address_daily").resolve("_content_hashes.tsv");
    Files.writeString(hashes, Files.readString(hashes).replace("\t1\t", "\t2\t"));

    assertThatThrownBy(
            () ->
                loader(Instant.parse("2026-12-03T02:00:00Z")).load(out.toString(), ViewTables.ALL))
        .hasMessageContaining("address_daily 2026-12-02: 1 rows in the files, 2 in");
    assertThat(session.execute("SELECT * FROM " + KEYSPACE + ".batch_watermark").all()).isEmpty();
  }

  @Test
  void shouldLoadNothingOfAFailedRun() throws Exception {
    truncate();
    fixture(HUGE).finish("run-9", "2026-12-02", "failed");

    assertThatThrownBy(() -> loader(Instant.now()).load(out.toString(), ViewTables.ALL))
        .hasMessageContaining("batch run run-9 failed");
    assertThat(session.execute("SELECT * FROM " + KEYSPACE + ".batch_chain_daily").all()).isEmpty();
    assertThat(session.execute("SELECT * FROM " + KEYSPACE + ".batch_watermark").all()).isEmpty();
  }

  @Test
  void shouldLoadThroughTheCommandLineAndExitZero(CassandraEndpoint cassandra) throws Exception {
    truncate();
    fixture(HUGE).finish("run-3", "2026-12-02", "ok");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    int status =
        BatchServing.run(
            new String[] {
              "load",
              "--out",
              out.toString(),
              "--contact-points",
              cassandra.host() + ":" + cassandra.port(),
              "--datacenter",
              cassandra.localDatacenter(),
              "--keyspace",
              KEYSPACE
            },
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(status).isEqualTo(BatchServing.OK);
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .startsWith("loaded run run-3: 8 days written (8 rows), 0 unchanged; watermark 2026-12-02");
    assertThat(one("batch_watermark", "layer = 'batch' LIMIT 1").getString("run_id"))
        .isEqualTo("run-3");
  }

  private ViewFixture fixture(String feesOfSecondDay) {
    return LoaderFixture.everyView(out, feesOfSecondDay);
  }

  private static List<Row> rows(String table, String where) {
    return session.execute("SELECT * FROM " + KEYSPACE + "." + table + " WHERE " + where).all();
  }

  private static Row one(String table, String where) {
    return session.execute("SELECT * FROM " + KEYSPACE + "." + table + " WHERE " + where).one();
  }

  private BatchLoader loader(Instant now) {
    return new BatchLoader(
        session, KEYSPACE, new Configuration(), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static void truncate() {
    for (String table :
        List.of(
            "batch_chain_daily",
            "batch_token_daily",
            "batch_address_daily",
            "batch_tokens",
            "batch_security_tokens_daily",
            "batch_security_token_partitions_daily",
            "batch_security_token_adoption",
            "batch_loaded_days",
            "batch_loaded_keys",
            "batch_watermark")) {
      session.execute("TRUNCATE " + KEYSPACE + "." + table);
    }
  }
}
