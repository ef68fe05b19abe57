package io.chainexplorer.batch.views;

import static io.chainexplorer.batch.ColdStoreFixture.D;
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

/** Tokens on real Spark over files the sink's code wrote; expected values worked by hand. */
class TokensTest {

  private static final String[] SEEN = {
    "first_block", "last_block", "first_date", "last_date", "transfers"
  };
  private static final String[] CREATION = {
    "creator", "creation_transaction", "created_by_factory"
  };

  @TempDir static Path root;
  private static Map<String, Row> rows;

  @BeforeAll
  static void build() throws Exception {
    ColdStoreFixture.write(root);
    Inputs inputs =
        ColdStore.open(TestSpark.session(), root.toUri(), ColdStoreFixture.CHAIN).inputs();
    rows = ViewRows.byKey(Tokens.build(inputs), "token_address", "standard");
  }

  @Test
  void shouldGiveEachTokenItsFirstAndLastBlockAndDayAndItsTransfers() {
    assertThat(rows)
        .containsOnlyKeys(TOKEN20 + "|ERC20", TOKEN721 + "|ERC721", TOKEN1155 + "|ERC1155");
    assertThat(ViewRows.values(rows.get(TOKEN20 + "|ERC20"), SEEN).toString())
        .isEqualTo("[100, 102, 2024-05-01, 2024-05-02, 4]");
    assertThat(ViewRows.values(rows.get(TOKEN721 + "|ERC721"), SEEN).toString())
        .isEqualTo("[100, 101, 2024-05-01, 2024-05-01, 3]");
    assertThat(ViewRows.values(rows.get(TOKEN1155 + "|ERC1155"), SEEN).toString())
        .isEqualTo("[100, 100, 2024-05-01, 2024-05-01, 2]");
  }

  @Test
  void shouldNameTheCreatorWhereTheColdStoreHoldsTheCreation() {
    assertThat(ViewRows.values(rows.get(TOKEN721 + "|ERC721"), CREATION))
        .containsExactly(D, "0xt4", true);
    assertThat(ViewRows.values(rows.get(TOKEN20 + "|ERC20"), CREATION))
        .containsExactly(null, null, null);
  }
}
