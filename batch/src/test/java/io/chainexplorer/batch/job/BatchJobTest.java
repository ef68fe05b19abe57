package io.chainexplorer.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.chainexplorer.batch.ColdStoreFixture;
import io.chainexplorer.batch.TestSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run over files the sink's code wrote: Parquet by day, content hashes, the JSON export. */
class BatchJobTest {

  private static final String DAY1 =
      "{\"date\":\"2024-05-01\",\"blocks\":2,\"transactions\":3,\"failed_transactions\":1,"
          + "\"gas_used\":71000,\"fees_paid_wei\":"
          + "\"86844066927987146567678238756515930889952488499230423029593188005934847229956\","
          + "\"mean_base_fee_wei\":"
          + "\"1606938044258990275541962092341162602522202993782792835301378\","
          + "\"active_addresses\":3,\"contracts_created\":1}";
  private static final String DAY2 =
      "{\"date\":\"2024-05-02\",\"blocks\":1,\"transactions\":1,\"failed_transactions\":0,"
          + "\"gas_used\":30000,\"fees_paid_wei\":\"7\",\"mean_base_fee_wei\":null,"
          + "\"active_addresses\":2,\"contracts_created\":1}";

  @TempDir static Path root;
  @TempDir static Path work;
  private static List<DayHash> first;

  @BeforeAll
  static void run() throws Exception {
    ColdStoreFixture.write(root);
    first =
        runInto(work.resolve("out"), work.resolve("export"), String.join(",", BatchView.names()));
  }

  @Test
  void shouldGiveALocalMasterFourShufflePartitionsPerCore() {
    assertThat(BatchJob.localShufflePartitions("local[2]")).isEqualTo(8);
    assertThat(BatchJob.localShufflePartitions("local"))
        .isEqualTo(4 * Runtime.getRuntime().availableProcessors());
    assertThat(BatchJob.localShufflePartitions("local[*]"))
        .isEqualTo(4 * Runtime.getRuntime().availableProcessors());
  }

  @Test
  void shouldWriteEachViewAsParquetPartitionedByDay() {
    List<Row> read =
        TestSpark.session()
            .read()
            .parquet(work.resolve("out/chain_daily").toString())
            .orderBy("date")
            .collectAsList();
    assertThat(read).hasSize(2);
    assertThat(read.get(0).<String>getAs("fees_paid_wei"))
        .isEqualTo("86844066927987146567678238756515930889952488499230423029593188005934847229956");
    assertThat(work.resolve("out/token_daily/date=2024-05-02")).isDirectory();
  }

  @Test
  void shouldExportOneJsonObjectPerRowWithUint256AsDecimalStrings() throws Exception {
    assertThat(Files.readAllLines(work.resolve("export/chain_daily.jsonl")))
        .containsExactly(DAY1, DAY2);
    assertThat(Files.readAllLines(work.resolve("export/token_daily.jsonl"))).hasSize(4);
  }

  @Test
  void shouldHashEachDayOfEachViewFromItsSortedLines() throws Exception {
    assertThat(first)
        .extracting(DayHash::view, DayHash::date, DayHash::rows)
        .containsExactly(
            tuple("chain_daily", "2024-05-01", 1L),
            tuple("chain_daily", "2024-05-02", 1L),
            tuple("token_daily", "2024-05-01", 3L),
            tuple("token_daily", "2024-05-02", 1L),
            tuple("address_daily", "2024-05-01", 3L),
            tuple("address_daily", "2024-05-02", 3L),
            tuple("tokens", "all", 3L));
    assertThat(first.get(0).sha256()).isEqualTo(sha256(DAY1 + "\n"));
    assertThat(Files.readAllLines(work.resolve("out/chain_daily/" + ViewOutput.HASHES)))
        .containsExactly(first.get(0).line(), first.get(1).line());
  }

  @Test
  void shouldGiveTheSameHashesWhenRunAgainOnTheSameInput() {
    // One daily view and the whole-history one: hashing does not depend on the view.
    List<DayHash> again =
        runInto(work.resolve("again"), work.resolve("export-again"), "token_daily,tokens");
    assertThat(again)
        .isNotEmpty()
        .isEqualTo(first.stream().filter(hash -> hash.view().startsWith("token")).toList());
  }

  @Test
  void shouldRejectAnUnknownViewAtStart() {
    assertThatThrownBy(
            () ->
                new BatchConfig(
                    BatchJob.properties(
                        new String[] {"--cold-store", "/x", "--out", "/y", "--view", "nope"})))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nope");
    assertThat(BatchJob.properties(new String[] {"--view", "chain_daily", "--view", "token_daily"}))
        .containsEntry(BatchConfig.VIEWS, "chain_daily,token_daily");
  }

  @Test
  void shouldTakeFullWithoutValueAndRefuseARangeEndingBeforeItStarts() {
    BatchConfig config =
        new BatchConfig(
            BatchJob.properties(
                new String[] {
                  "--cold-store",
                  "/x",
                  "--full",
                  "--out",
                  "/y",
                  "--from",
                  "2024-05-01",
                  "--to",
                  "2024-05-02"
                }));
    assertThat(config.full()).isTrue();
    assertThat(config.outputDir()).isEqualTo("/y");
    assertThat(config.from()).isEqualTo("2024-05-01");
    assertThatThrownBy(
            () ->
                new BatchConfig(
                    BatchJob.properties(
                        new String[] {
                          "--cold-store",
                          "/x",
                          "--out",
                          "/y",
                          "--from",
                          "2024-05-02",
                          "--to",
                          "2024-05-01"
                        })))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(BatchConfig.FROM);
    assertThatThrownBy(
            () ->
                new BatchConfig(
                    BatchJob.properties(
                        new String[] {"--cold-store", "/x", "--out", "/y", "--to", "May"})))
        .isInstanceOf(ConfigException.class);
  }

  private static List<DayHash> runInto(Path out, Path export, String views) {
    BatchConfig config =
        new BatchConfig(
            Map.of(
                BatchConfig.COLD_STORE_ROOT, root.toUri().toString(),
                BatchConfig.OUTPUT_DIR, out.toUri().toString(),
                BatchConfig.EXPORT_DIR, export.toUri().toString(),
                BatchConfig.VIEWS, views));
    return new BatchRun(TestSpark.session(), config).run();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
