package io.chainexplorer.api;

import static io.chainexplorer.api.BatchRun.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.api.stats.BatchRuns;
import io.chainexplorer.api.stats.BatchWatermark;
import io.chainexplorer.api.store.HotStore;
import io.chainexplorer.batchserving.cql.BatchSchema;
import io.chainexplorer.batchserving.load.BatchLoader;
import io.chainexplorer.batchserving.view.ViewTables;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lambda query over batch tables loaded by the batch layer's own loader and speed rows written
 * by the ScyllaDB sink's own writer: batch days up to the watermark, speed days after it.
 */
@ExtendWith(CassandraExtension.class)
class LambdaQueryIT {

  static final String D0 = "2025-03-29";
  static final String D1 = "2025-03-30";
  static final String D2 = "2025-03-31";
  static final String D3 = "2025-04-01";
  static final String D4 = "2025-04-02";
  static final String TOKEN = Hex.address("lambda-token", 1);
  static final String SECURITY = Hex.address("lambda-security", 1);
  static final String ALICE = Hex.address("lambda-alice", 1);
  static final String BOB = Hex.address("lambda-bob", 1);
  static final String ZERO = "0x0000000000000000000000000000000000000000";
  static final BigInteger HALF = BigInteger.TWO.pow(254);
  static final String HUGE = BigInteger.TWO.pow(255).add(BigInteger.valueOf(12345)).toString();

  private static ApiStack stack;
  private static ApiClient client;

  @TempDir static Path out;

  private static String batchRun;

  @BeforeAll
  static void writeTheSpeedLayer(CassandraEndpoint cassandra) throws Exception {
    stack = ApiStack.on(cassandra);
    BatchSchema.apply(
        stack.session(), ApiStack.KEYSPACE, "{'class':'SimpleStrategy','replication_factor':1}");
    List<SinkRecord> records = new ArrayList<>();
    records.add(HotRows.chainMetrics(at(D1, "08:00:00"), 3, 30, 300, BigInteger.valueOf(3000)));
    records.add(HotRows.chainMetrics(at(D2, "12:00:00"), 5, 50, 500, BigInteger.valueOf(5000)));
    records.add(HotRows.chainMetrics(at(D3, "00:00:00"), 4, 40, 400, HALF));
    records.add(HotRows.chainMetrics(at(D3, "23:59:00"), 1, 10, 100, HALF));
    records.add(HotRows.chainMetrics(at(D4, "10:00:00"), 2, 20, 200, BigInteger.TEN));
    // Newest last: the sink's token rows are ordered by block number, block time follows it.
    records.add(transfer(9000, ALICE, BOB, at(D2, "23:59:59")));
    records.add(transfer(9001, ZERO, ALICE, at(D3, "00:00:00")));
    records.add(transfer(9002, ALICE, BOB, at(D3, "12:00:00")));
    records.add(transfer(9003, BOB, ALICE, at(D4, "10:00:00")));
    stack.write(records);
    batchRun = batchRun(out);
    client = new ApiClient(stack.baseUrl(), ApiStack.READER_KEY);
  }

  /**
   * The batch run is loaded again before each test: unchanged days are skipped, and the watermark
   * row a test deleted is written again.
   */
  @BeforeEach
  void loadTheBatchLayer() throws Exception {
    new BatchLoader(stack.session(), ApiStack.KEYSPACE, new Configuration(), Clock.systemUTC())
        .load(batchRun, ViewTables.ALL);
  }

  @Test
  void shouldServeBatchDaysUpToTheWatermarkThenSpeedDaysWithoutRepeatOrGap() throws Exception {
    JsonNode body = ok("/v1/chain/daily?from=" + D0 + "&to=" + D4);

    assertThat(body.get("watermark").asText()).isEqualTo(D2);
    JsonNode days = body.get("days");
    assertThat(days.findValuesAsText("date")).containsExactly(D0, D1, D2, D3, D4);
    assertThat(days.findValuesAsText("layer"))
        .containsExactly("batch", "batch", "batch", "speed", "speed");
    // The watermark's day is the batch layer's, although the speed layer holds it too.
    assertThat(days.get(2).get("blocks").asLong()).isEqualTo(7202);
    assertThat(days.get(2).get("feesPaidWei").asText()).isEqualTo(HUGE);
    assertThat(days.get(2).get("failedTransactions").asLong()).isEqualTo(12);
    // D0 only the batch layer has (the hot store's rows of it are gone).
    assertThat(days.get(0).get("blocks").asLong()).isEqualTo(7200);
    // A speed day sums its minutes exactly (2^254 + 2^254), and leaves inexact figures null.
    assertThat(days.get(3).get("blocks").asLong()).isEqualTo(5);
    assertThat(days.get(3).get("transactions").asLong()).isEqualTo(50);
    assertThat(days.get(3).get("gasUsed").asLong()).isEqualTo(500);
    assertThat(days.get(3).get("feesPaidWei").asText())
        .isEqualTo(BigInteger.TWO.pow(255).toString());
    assertThat(days.get(3).get("failedTransactions").isNull()).isTrue();
    assertThat(days.get(3).get("activeAddresses").isNull()).isTrue();
    assertThat(days.get(4).get("feesPaidWei").asText()).isEqualTo("10");
  }

  @Test
  void shouldServeEveryDayFromTheBatchWhenTheRangeEndsAtOrBeforeTheWatermark() throws Exception {
    JsonNode days = ok("/v1/chain/daily?from=" + D1 + "&to=" + D2).get("days");

    assertThat(days.findValuesAsText("date")).containsExactly(D1, D2);
    assertThat(days.findValuesAsText("layer")).containsExactly("batch", "batch");
    assertThat(days.get(0).get("blocks").asLong()).isEqualTo(7201);
  }

  @Test
  void shouldServeEveryDayFromTheSpeedLayerWhenNoWatermarkWasWritten() throws Exception {
    // Rows of a load that never reached its watermark row must not be served.
    stack
        .session()
        .execute("DELETE FROM " + ApiStack.KEYSPACE + ".batch_watermark WHERE layer = 'batch'");

    JsonNode body = ok("/v1/chain/daily?from=" + D0 + "&to=" + D4);

    assertThat(body.get("watermark").isNull()).isTrue();
    JsonNode days = body.get("days");
    assertThat(days.findValuesAsText("date")).containsExactly(D1, D2, D3, D4);
    assertThat(days.findValuesAsText("layer")).containsOnly("speed");
    assertThat(days.get(1).get("blocks").asLong()).isEqualTo(5);
  }

  @Test
  void shouldMergeATokensBatchDaysWithItsSpeedDaysAtTheWatermark() throws Exception {
    JsonNode body = ok("/v1/tokens/" + TOKEN + "/daily?from=" + D1 + "&to=" + D4);

    assertThat(body.get("token").asText()).isEqualTo(TOKEN);
    assertThat(body.get("watermark").asText()).isEqualTo(D2);
    JsonNode days = body.get("days");
    assertThat(days.findValuesAsText("date")).containsExactly(D1, D2, D3, D4);
    assertThat(days.findValuesAsText("layer")).containsExactly("batch", "batch", "speed", "speed");
    assertThat(days.get(1).get("transfers").asLong()).isEqualTo(9);
    assertThat(days.get(1).get("volume").asText()).isEqualTo(HUGE);
    JsonNode d3 = days.get(2);
    assertThat(d3.get("standard").asText()).isEqualTo("ERC20");
    assertThat(d3.get("transfers").asLong()).isEqualTo(2);
    assertThat(d3.get("distinctSenders").asLong()).isEqualTo(2);
    assertThat(d3.get("distinctReceivers").asLong()).isEqualTo(2);
    assertThat(d3.get("mints").asLong()).isEqualTo(1);
    assertThat(d3.get("burns").asLong()).isEqualTo(0);
    assertThat(d3.get("volume").asText()).isEqualTo(BigInteger.TEN.pow(21).shiftLeft(1).toString());
    assertThat(days.get(3).get("transfers").asLong()).isEqualTo(1);
  }

  @Test
  void shouldAnswerSecurityTokensFromTheBatchOnlyUpToTheWatermark() throws Exception {
    JsonNode body = ok("/v1/security-tokens/daily?standard=ERC-1400&from=" + D1 + "&to=" + D4);

    assertThat(body.get("watermark").asText()).isEqualTo(D2);
    JsonNode days = body.get("days");
    assertThat(days.findValuesAsText("date")).containsExactly(D1, D2);
    assertThat(days.findValuesAsText("layer")).containsOnly("batch");
    assertThat(days.findValuesAsText("tokenAddress")).containsOnly(SECURITY);
    assertThat(days.get(1).get("issuances").asLong()).isEqualTo(4);
    assertThat(days.get(1).get("forcedTransfers").asLong()).isEqualTo(1);
  }

  @Test
  void shouldReadNoWatermarkWhenTheBatchTablesWereNeverCreated() {
    stack
        .session()
        .execute(
            "CREATE KEYSPACE IF NOT EXISTS api_it_no_batch WITH replication ="
                + " {'class':'SimpleStrategy','replication_factor':1}");

    assertThat(
            new BatchWatermark(new BatchRuns(new HotStore(stack.session(), "api_it_no_batch")))
                .read())
        .isEmpty();
  }

  @Test
  void shouldAnswer400NamingTheParameterWhenADayOrStandardIsWrong() throws Exception {
    String[][] cases = {
      {"/v1/chain/daily?from=2025-3-01", "from"},
      {"/v1/chain/daily?to=2025-02-30", "to"},
      {"/v1/chain/daily?from=2025-04-02&to=2025-04-01", "from"},
      {"/v1/chain/daily?from=2024-01-01&to=2025-04-01", "from"},
      {"/v1/tokens/0x12/daily", "address"},
      {"/v1/security-tokens/daily", "standard"},
      {"/v1/security-tokens/daily?standard=ERC-20", "standard"},
    };
    for (String[] bad : cases) {
      ApiClient.Answer answer = client.get(bad[0]);
      assertThat(answer.status()).as(bad[0]).isEqualTo(400);
      assertThat(answer.body().get("parameter").asText()).as(bad[0]).isEqualTo(bad[1]);
    }
  }

  /** Writes a successful batch run, watermark D2; returns its output directory. */
  private static String batchRun(Path out) {
    return new BatchRun(out)
        .day(BatchRun.CHAIN_DAILY, D0, chain(7200))
        .day(BatchRun.CHAIN_DAILY, D1, chain(7201))
        .day(BatchRun.CHAIN_DAILY, D2, chain(7202))
        .day(BatchRun.TOKEN_DAILY, D1, token(3, "7"))
        .day(BatchRun.TOKEN_DAILY, D2, token(9, HUGE))
        .day(BatchRun.SECURITY_TOKENS_DAILY, D1, security("ERC-1400", 1))
        .day(BatchRun.SECURITY_TOKENS_DAILY, D2, security("ERC-1400", 4))
        .finish("run-lambda", D2);
  }

  private static Object[] chain(long blocks) {
    return row(blocks, 100L, 12L, 2_000_000L, HUGE, "1000000000", 40L, 2L);
  }

  private static Object[] token(long transfers, String volume) {
    return row(TOKEN, "ERC20", transfers, 2L, 3L, volume, 0L, 0L, 0L);
  }

  private static Object[] security(String standard, long issuances) {
    return row(standard, SECURITY, 5L, issuances, 0L, 1L, 0L, 6L);
  }

  private static SinkRecord transfer(long block, String from, String to, Instant time) {
    return HotRows.tokenTransfer(Hex.hash("lambda-tx", block), block, 0, TOKEN, from, to, time);
  }

  private static Instant at(String day, String time) {
    return Instant.parse(day + "T" + time + "Z");
  }

  private static JsonNode ok(String path) throws Exception {
    ApiClient.Answer answer = client.get(path);
    assertThat(answer.status()).as("%s answered %s", path, answer.body()).isEqualTo(200);
    return answer.body();
  }
}
