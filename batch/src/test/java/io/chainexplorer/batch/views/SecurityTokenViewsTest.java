package io.chainexplorer.batch.views;

import static io.chainexplorer.batch.SecurityTokenFixture.PARTITION1;
import static io.chainexplorer.batch.SecurityTokenFixture.PARTITION2;
import static io.chainexplorer.batch.SecurityTokenFixture.ST1;
import static io.chainexplorer.batch.SecurityTokenFixture.ST2;
import static io.chainexplorer.batch.SecurityTokenFixture.ST3;
import static io.chainexplorer.batch.SecurityTokenFixture.ST4;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.batch.ColdStoreFixture;
import io.chainexplorer.batch.SecurityTokenFixture;
import io.chainexplorer.batch.TestSpark;
import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three security-token views on real Spark over files the sink's code wrote; by hand. */
class SecurityTokenViewsTest {

  private static final String[] COUNTS = {
    "transfers",
    "issuances",
    "redemptions",
    "forced_transfers",
    "documents_set",
    "distinct_holders_active"
  };

  @TempDir static Path root;
  private static Map<String, Row> daily;
  private static Map<String, Row> partitions;
  private static Map<String, Row> adoption;

  @BeforeAll
  static void build() throws Exception {
    SecurityTokenFixture.write(root);
    Inputs inputs =
        ColdStore.open(TestSpark.session(), root.toUri(), ColdStoreFixture.CHAIN).inputs();
    daily = ViewRows.byKey(SecurityTokensDaily.build(inputs), "date", "standard", "token_address");
    partitions =
        ViewRows.byKey(
            SecurityTokenPartitionsDaily.build(inputs), "date", "token_address", "partition");
    adoption = ViewRows.byKey(SecurityTokenAdoption.build(inputs), "date", "standard");
  }

  @Test
  void shouldCountOnlyRecognisedTokensFromTheirRecognitionOn() {
    // The look-alike (wrong topic count) and ST2's transfer before its forced-transfer call: none.
    assertThat(daily)
        .containsOnlyKeys(
            "2024-05-01|ERC-1400|" + ST1,
            "2024-05-01|ERC-1400|" + ST4,
            "2024-05-02|ERC-1400|" + ST1,
            "2024-05-02|ERC-3643|" + ST2,
            "2024-05-02|ERC-1404|" + ST3);
  }

  @Test
  void shouldCountIssuancesRedemptionsForcedTransfersAndDocumentsAsTheDecoderDoes() {
    assertThat(ViewRows.values(daily.get("2024-05-01|ERC-1400|" + ST1), COUNTS))
        .containsExactly(1L, 1L, 1L, 1L, 1L, 2L);
    assertThat(ViewRows.values(daily.get("2024-05-01|ERC-1400|" + ST4), COUNTS))
        .containsExactly(0L, 0L, 0L, 0L, 1L, 0L);
    assertThat(ViewRows.values(daily.get("2024-05-02|ERC-1400|" + ST1), COUNTS))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 2L);
    // The reverted forced transfer does not count.
    assertThat(ViewRows.values(daily.get("2024-05-02|ERC-3643|" + ST2), COUNTS))
        .containsExactly(1L, 0L, 0L, 1L, 0L, 2L);
    assertThat(ViewRows.values(daily.get("2024-05-02|ERC-1404|" + ST3), COUNTS))
        .containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void shouldSumEachPartitionsVolumeExactly() {
    BigInteger twoTo256Plus5 = BigInteger.TWO.pow(256).add(BigInteger.valueOf(5));
    assertThat(partitions)
        .containsOnlyKeys(
            "2024-05-01|" + ST1 + "|" + PARTITION1, "2024-05-02|" + ST1 + "|" + PARTITION2);
    assertThat(
            ViewRows.values(
                partitions.get("2024-05-01|" + ST1 + "|" + PARTITION1), "transfers", "volume"))
        .containsExactly(2L, twoTo256Plus5.toString());
    assertThat(
            ViewRows.values(
                partitions.get("2024-05-02|" + ST1 + "|" + PARTITION2), "transfers", "volume"))
        .containsExactly(1L, "7");
  }

  @Test
  void shouldCountActiveTokensPerDayAndEveryTokenSeenUpToIt() {
    String[] columns = {"active_tokens", "cumulative_tokens"};
    assertThat(adoption).hasSize(4);
    assertThat(ViewRows.values(adoption.get("2024-05-01|ERC-1400"), columns))
        .containsExactly(2L, 2L);
    assertThat(ViewRows.values(adoption.get("2024-05-02|ERC-1400"), columns))
        .containsExactly(1L, 2L);
    assertThat(ViewRows.values(adoption.get("2024-05-02|ERC-3643"), columns))
        .containsExactly(1L, 1L);
    assertThat(ViewRows.values(adoption.get("2024-05-02|ERC-1404"), columns))
        .containsExactly(1L, 1L);
  }
}
