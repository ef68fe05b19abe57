package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SinkRowsWrittenTest {

  private static final String EXPOSITION =
      """
      # HELP chain_explorer_sink_scylla_rows_written_total Rows upserted
      # TYPE chain_explorer_sink_scylla_rows_written_total counter
      chain_explorer_sink_scylla_rows_written_total{connector="hot",table="blocks_by_number"} 12.0
      chain_explorer_sink_scylla_rows_written_total{connector="hot",table="blocks_by_hash"} 12.0
      chain_explorer_sink_scylla_rows_written_total{connector="hot",table="transactions_by_hash"} 30.0
      chain_explorer_sink_scylla_rows_retracted_total{connector="hot",table="blocks_by_number"} 2.0
      """;

  @Test
  void shouldSumTheRowsWrittenToTheNamedTablesOnly() {
    assertThat(SinkRowsWritten.sum(EXPOSITION, List.of("blocks_by_number", "transactions_by_hash")))
        .isEqualTo(42);
    assertThat(SinkRowsWritten.sum(EXPOSITION, List.of("transactions_by_hash"))).isEqualTo(30);
  }

  @Test
  void shouldCountZeroBeforeTheConnectorWroteAnything() {
    assertThat(SinkRowsWritten.sum("# HELP nothing yet\n", StoreCounts.HOT_TABLES)).isZero();
  }
}
