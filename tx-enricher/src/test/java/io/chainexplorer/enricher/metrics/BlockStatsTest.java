package io.chainexplorer.enricher.metrics;

import static io.chainexplorer.enricher.mapping.RawFixtures.address;
import static io.chainexplorer.enricher.mapping.RawFixtures.block;
import static io.chainexplorer.enricher.mapping.RawFixtures.receipt;
import static io.chainexplorer.enricher.mapping.RawFixtures.splitValid;
import static io.chainexplorer.enricher.mapping.RawFixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockStatsTest {

  @Test
  void shouldSumFeesAndCollectDistinctSendersOfTheBlock() {
    RawTransaction a = tx(0).setFrom(address(1)).build();
    RawTransaction b = tx(1).setFrom(address(1)).build();
    RawTransaction c = tx(2).setFrom(address(3)).build();
    List<RawReceipt> receipts =
        List.of(
            receipt(a).build(),
            receipt(b).build(),
            receipt(c).setEffectiveGasPrice(BigDecimal.valueOf(11)).build());
    RawBlock raw = block(List.of(a, b, c), receipts);

    BlockStats stats = splitValid(raw).stats();

    assertThat(stats.transactionCount()).isEqualTo(3);
    assertThat(stats.gasUsed()).isEqualTo(63_000);
    assertThat(stats.feesPaid()).isEqualTo(BigDecimal.valueOf(21_000L * 10 * 2 + 21_000L * 11));
    assertThat(stats.senders()).isEqualTo(Set.of(address(1), address(3)));
    assertThat(stats.baseFeePerGas()).isEqualTo(BigDecimal.valueOf(7));
    assertThat(stats.blockHash()).isEqualTo(raw.getBlockHash());
  }

  @Test
  void shouldPlaceTheBlockInTheMinuteOfItsTimestamp() {
    assertThat(stats(1_700_000_040L).minuteStart()).isEqualTo(1_700_000_040_000L);
    assertThat(stats(1_700_000_099L).minuteStart()).isEqualTo(1_700_000_040_000L);
    assertThat(stats(1_700_000_039L).minuteStart()).isEqualTo(1_699_999_980_000L);
  }

  @Test
  void shouldHaveNoBaseFeeAndZeroFeesWhenAPreLondonBlockIsEmpty() {
    BlockStats stats = new BlockStats(1, "0x01", 60, 0, 0, BigDecimal.ZERO, null, Set.of());

    assertThat(stats.baseFeePerGas()).isNull();
    assertThat(stats.feesPaid()).isZero();
    assertThat(stats.minuteStart()).isEqualTo(60_000L);
  }

  private static BlockStats stats(long timestamp) {
    return new BlockStats(1, "0x01", timestamp, 0, 0, BigDecimal.ZERO, null, Set.of());
  }
}
