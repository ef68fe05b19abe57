package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthReportTest {

  @Test
  void shouldPrintOneRowPerStoreAndEntityAndTellWhetherItIsClean() {
    TruthReport report =
        new TruthReport("devnet", 1, 300)
            .put(Store.TOPICS, Map.of("transaction", new Counts(5, 5, 0, 0, 0, 0)))
            .put(Store.SCYLLA, Map.of("blocks_by_number", new Counts(3, 4, 0, 0, 1, 0)));

    assertThat(report.clean()).isFalse();
    assertThat(report.total()).isEqualTo(new Counts(8, 9, 0, 0, 1, 0));
    assertThat(report.toMarkdown())
        .contains("devnet, blocks 1..300 (NOT clean)")
        .contains("| topics | transaction | 5 | 5 | 0 | 0 | 0 | 0 |")
        .contains("| scylla | blocks_by_number | 3 | 4 | 0 | 0 | 1 | 0 |");
  }

  @Test
  void shouldNotCallAReportWithoutAnyStoreClean() {
    assertThat(new TruthReport("devnet", 1, 2).clean()).isFalse();
  }
}
