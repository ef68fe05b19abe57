package io.chainexplorer.batch.views;

import static io.chainexplorer.batch.ColdStoreFixture.TOKEN1155;
import static io.chainexplorer.batch.ColdStoreFixture.TOKEN20;
import static io.chainexplorer.batch.ColdStoreFixture.TOKEN721;
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

/** Token daily on real Spark over files the sink's code wrote; expected values worked by hand. */
class TokenDailyTest {

  private static final String[] COUNTS = {
    "transfers", "distinct_senders", "distinct_receivers", "distinct_token_ids", "mints", "burns"
  };

  @TempDir static Path root;
  private static Map<String, Row> rows;

  @BeforeAll
  static void build() throws Exception {
    ColdStoreFixture.write(root);
    Inputs inputs =
        ColdStore.open(TestSpark.session(), root.toUri(), ColdStoreFixture.CHAIN).inputs();
    rows = ViewRows.byKey(TokenDaily.build(inputs), "date", "token_address", "standard");
  }

  @Test
  void shouldSumErc20VolumesPastTwoToThe256Exactly() {
    Row day1 = row("2024-05-01", TOKEN20, "ERC20");
    // mint 2^255, transfer 2^255 + 3, burn 2^128 + 1: 2^256 + 2^128 + 4
    assertThat(day1.<String>getAs("volume"))
        .isEqualTo(
            "115792089237316195423570985008687907853610267032561502502920958615344897851396");
    assertThat(ViewRows.values(day1, COUNTS)).containsExactly(3L, 3L, 3L, 0L, 1L, 1L);
  }

  @Test
  void shouldCountErc721TokensAndSumErc1155AmountsOverEveryId() {
    Row nft = row("2024-05-01", TOKEN721, "ERC721");
    assertThat(nft.<String>getAs("volume")).isEqualTo("3");
    assertThat(ViewRows.values(nft, COUNTS)).containsExactly(3L, 3L, 3L, 2L, 1L, 0L);
    Row multi = row("2024-05-01", TOKEN1155, "ERC1155");
    // id 5: 10, id 6: 2^130
    assertThat(multi.<String>getAs("volume")).isEqualTo("1361129467683753853853498429727072845834");
    assertThat(ViewRows.values(multi, COUNTS)).containsExactly(2L, 1L, 1L, 2L, 0L, 0L);
  }

  @Test
  void shouldIgnoreTheFilesTheSinkNeverCommitted() {
    // The uncommitted transfer of 10 (a temporary file and a copy of it) counts nowhere.
    Row day2 = row("2024-05-02", TOKEN20, "ERC20");
    assertThat(day2.<String>getAs("volume")).isEqualTo("1");
    assertThat(ViewRows.values(day2, COUNTS)).containsExactly(1L, 1L, 1L, 0L, 0L, 0L);
    assertThat(rows).hasSize(4);
  }

  private static Row row(String date, String token, String standard) {
    Row row = rows.get(date + "|" + token + "|" + standard);
    assertThat(row).as(date + " " + token + " " + standard).isNotNull();
    return row;
  }
}
