package io.chainexplorer.batch.views;

import static io.chainexplorer.batch.ColdStoreFixture.A;
import static io.chainexplorer.batch.ColdStoreFixture.B;
import static io.chainexplorer.batch.ColdStoreFixture.C;
import static io.chainexplorer.batch.ColdStoreFixture.D;
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

/** Address daily on real Spark over files the sink's code wrote; expected values worked by hand. */
class AddressDailyTest {

  private static final String[] COUNTS = {
    "transactions_sent",
    "transactions_received",
    "erc20_transfers_in",
    "erc20_transfers_out",
    "erc721_transfers_in",
    "erc721_transfers_out",
    "erc1155_transfers_in",
    "erc1155_transfers_out",
    "contracts_created"
  };

  @TempDir static Path root;
  private static Map<String, Row> rows;

  @BeforeAll
  static void build() throws Exception {
    ColdStoreFixture.write(root);
    Inputs inputs =
        ColdStore.open(TestSpark.session(), root.toUri(), ColdStoreFixture.CHAIN).inputs();
    rows = ViewRows.byKey(AddressDaily.build(inputs), "date", "address");
  }

  @Test
  void shouldCountWhatEachAddressSentReceivedAndCreatedOnEachDay() {
    // D's only day-1 transaction (t5) is retracted; the zero address is no party.
    assertThat(rows)
        .containsOnlyKeys(
            "2024-05-01|" + A,
            "2024-05-01|" + B,
            "2024-05-01|" + C,
            "2024-05-02|" + A,
            "2024-05-02|" + C,
            "2024-05-02|" + D);
    assertThat(ViewRows.values(rows.get("2024-05-01|" + A), COUNTS))
        .containsExactly(2L, 0L, 1L, 1L, 1L, 1L, 0L, 2L, 1L);
    assertThat(ViewRows.values(rows.get("2024-05-01|" + B), COUNTS))
        .containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 2L, 0L, 0L);
    assertThat(ViewRows.values(rows.get("2024-05-01|" + C), COUNTS))
        .containsExactly(0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
    assertThat(ViewRows.values(rows.get("2024-05-02|" + A), COUNTS))
        .containsExactly(0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
    // D deployed the ERC-721 token through a factory on day 2.
    assertThat(ViewRows.values(rows.get("2024-05-02|" + D), COUNTS))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
  }

  @Test
  void shouldSumTheFeesEachSenderPaidExactly() {
    // (2^255 - 1) + 2^254
    assertThat(rows.get("2024-05-01|" + A).<String>getAs("fees_paid_wei"))
        .isEqualTo("86844066927987146567678238756515930889952488499230423029593188005934847229951");
    assertThat(rows.get("2024-05-01|" + C).<String>getAs("fees_paid_wei")).isEqualTo("0");
    assertThat(rows.get("2024-05-02|" + D).<String>getAs("fees_paid_wei")).isEqualTo("7");
  }
}
