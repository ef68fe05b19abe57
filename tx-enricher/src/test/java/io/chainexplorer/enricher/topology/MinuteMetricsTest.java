package io.chainexplorer.enricher.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.enricher.metrics.BlockStats;
import io.chainexplorer.enricher.metrics.InternalCalls;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinuteMetricsTest {

  private static final BlockStats FIRST =
      new BlockStats(
          1,
          "0x01",
          60,
          2,
          42_000,
          new BigDecimal("2").pow(200),
          BigDecimal.TEN,
          Set.of("0xa", "0xb"));
  private static final BlockStats SECOND =
      new BlockStats(2, "0x02", 72, 1, 21_000, BigDecimal.ONE, new BigDecimal("15"), Set.of("0xb"));

  @Test
  void shouldCountASenderUntilItsLastBlockOfTheMinuteIsSubtracted() {
    MinuteMetrics both = MinuteMetrics.empty().plus(FIRST).plus(SECOND);

    MinuteMetrics withoutFirst = both.minus(FIRST);

    assertThat(both.toChainMetrics(60_000).getDistinctSenders()).isEqualTo(2);
    assertThat(withoutFirst.toChainMetrics(60_000).getDistinctSenders()).isEqualTo(1);
    assertThat(withoutFirst.toChainMetrics(60_000).getFeesPaid()).isEqualByComparingTo("1");
  }

  @Test
  void shouldRoundTheMeanBaseFeeDownAndKeepUint256Fees() {
    var metrics = MinuteMetrics.empty().plus(FIRST).plus(SECOND).toChainMetrics(60_000);

    assertThat(metrics.getMeanBaseFeePerGas()).isEqualByComparingTo("12");
    assertThat(metrics.getFeesPaid())
        .isEqualByComparingTo(new BigDecimal("2").pow(200).add(BigDecimal.ONE));
    assertThat(metrics.getGasUsed()).isEqualTo(63_000);
  }

  @Test
  void shouldSumInternalCallsOfTracedBlocksAndSubtractThemWithTheirBlock() {
    BlockStats traced =
        new BlockStats(
            3,
            "0x03",
            80,
            1,
            90_000,
            BigDecimal.ONE,
            null,
            Set.of("0xc"),
            new InternalCalls(4, new BigDecimal("2").pow(255)));
    MinuteMetrics all = MinuteMetrics.empty().plus(FIRST).plus(traced);

    assertThat(all.toChainMetrics(60_000).getInternalCallCount()).isEqualTo(4L);
    assertThat(all.toChainMetrics(60_000).getInternalValueMoved())
        .isEqualByComparingTo(new BigDecimal("2").pow(255));
    assertThat(all.minus(traced).toChainMetrics(60_000).getInternalCallCount()).isNull();
    assertThat(
            new MinuteMetricsSerde()
                .deserializer()
                .deserialize("t", new MinuteMetricsSerde().serializer().serialize("t", all)))
        .isEqualTo(all);
    assertThat(
            new BlockStatsSerde()
                .deserializer()
                .deserialize("t", new BlockStatsSerde().serializer().serialize("t", traced)))
        .isEqualTo(traced);
  }

  @Test
  void shouldBecomeATombstoneWhenItsLastBlockIsSubtracted() {
    assertThat(MinuteMetrics.empty().plus(FIRST).minus(FIRST).toChainMetrics(60_000)).isNull();
  }

  @Test
  void shouldRoundTripThroughTheStateSerdes() {
    MinuteMetrics metrics = MinuteMetrics.empty().plus(FIRST).plus(SECOND);
    MinuteMetricsSerde minuteSerde = new MinuteMetricsSerde();
    BlockStatsSerde statsSerde = new BlockStatsSerde();

    assertThat(
            minuteSerde
                .deserializer()
                .deserialize("t", minuteSerde.serializer().serialize("t", metrics)))
        .isEqualTo(metrics);
    assertThat(
            statsSerde
                .deserializer()
                .deserialize("t", statsSerde.serializer().serialize("t", FIRST)))
        .isEqualTo(FIRST);
    assertThat(statsSerde.serializer().serialize("t", null)).isNull();
  }
}
