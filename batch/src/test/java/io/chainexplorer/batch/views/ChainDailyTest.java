package io.chainexplorer.batch.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.batch.ColdStoreFixture;
import io.chainexplorer.batch.TestSpark;
import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chain daily on real Spark over files the sink's code wrote; expected values worked by hand. */
class ChainDailyTest {

  @TempDir static Path root;
  private static Map<String, Row> byDay;

  @BeforeAll
  static void build() throws Exception {
    ColdStoreFixture.write(root);
    Inputs inputs =
        ColdStore.open(TestSpark.session(), root.toUri(), ColdStoreFixture.CHAIN).inputs();
    byDay = ViewRows.byKey(ChainDaily.build(inputs), "date");
  }

  @Test
  void shouldCountTheCanonicalBlocksAndTransactionsOfEachUtcDay() {
    assertThat(byDay).containsOnlyKeys("2024-05-01", "2024-05-02");
    // t1 (delivered twice), t2, t3; t5 is retracted.
    assertThat(
            ViewRows.values(
                byDay.get("2024-05-01"),
                "blocks",
                "transactions",
                "failed_transactions",
                "gas_used",
                "active_addresses",
                "contracts_created"))
        .containsExactly(2L, 3L, 1L, 71_000L, 3L, 1L);
    assertThat(
            ViewRows.values(
                byDay.get("2024-05-02"),
                "blocks",
                "transactions",
                "failed_transactions",
                "gas_used",
                "active_addresses",
                "contracts_created"))
        .containsExactly(1L, 1L, 0L, 30_000L, 2L, 1L);
  }

  @Test
  void shouldSumFeesPastTwoToThe255Exactly() {
    // (2^255 - 1) + 2^254 + 5 = 3 * 2^254 + 4
    assertThat(byDay.get("2024-05-01").<String>getAs("fees_paid_wei"))
        .isEqualTo("86844066927987146567678238756515930889952488499230423029593188005934847229956");
    assertThat(byDay.get("2024-05-02").<String>getAs("fees_paid_wei")).isEqualTo("7");
  }

  @Test
  void shouldGiveTheMeanBaseFeeInWholeWeiAndNoneBeforeLondon() {
    // floor(((2^200 + 1) + (2^200 + 4)) / 2) = 2^200 + 2
    assertThat(byDay.get("2024-05-01").<String>getAs("mean_base_fee_wei"))
        .isEqualTo("1606938044258990275541962092341162602522202993782792835301378");
    assertThat(byDay.get("2024-05-02").<String>getAs("mean_base_fee_wei")).isNull();
  }
}
