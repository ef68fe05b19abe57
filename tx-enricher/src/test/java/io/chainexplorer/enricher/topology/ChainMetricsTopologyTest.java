package io.chainexplorer.enricher.topology;

import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.RawBlock;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChainMetricsTopologyTest {

  /** 2023-11-14T22:13:00Z: a minute start in block time. */
  private static final long MINUTE = 1_700_000_000L - 1_700_000_000L % 60 + 60;

  private static final BigDecimal TRANSFER_FEE =
      RawBlockBuilder.GAS_PRICE.multiply(BigDecimal.valueOf(21_000));

  private final EnricherDriver enricher = new EnricherDriver();
  private final TestOutputTopic<Long, ChainMetrics> metrics =
      enricher.output(enricher.topics.chainMetrics());

  @AfterEach
  void close() {
    enricher.close();
  }

  @Test
  void shouldAggregateTheBlocksOfOneMinuteOfBlockTime() {
    enricher.pipe(twoTransfers(1, "a", MINUTE + 1, 1, 2));
    enricher.pipe(twoTransfers(2, "a", MINUTE + 13, 2, 3));
    enricher.pipe(twoTransfers(3, "a", MINUTE + 60, 4, 4));

    Map<Long, ChainMetrics> latest = metrics.readKeyValuesToMap();
    ChainMetrics first = latest.get(MINUTE * 1000);
    assertThat(first.getBlockCount()).isEqualTo(2);
    assertThat(first.getTransactionCount()).isEqualTo(4);
    assertThat(first.getGasUsed()).isEqualTo(4 * 21_000);
    assertThat(first.getFeesPaid())
        .isEqualByComparingTo(TRANSFER_FEE.multiply(BigDecimal.valueOf(4)));
    assertThat(first.getMeanBaseFeePerGas()).isEqualByComparingTo("10000000000");
    assertThat(first.getDistinctSenders()).isEqualTo(3);
    assertThat(first.getMinuteStart().toEpochMilli()).isEqualTo(MINUTE * 1000);
    assertThat(latest.get((MINUTE + 60) * 1000).getDistinctSenders()).isEqualTo(1);
  }

  @Test
  void shouldReplaceABlocksFiguresWhenAReorgReplacesIt() {
    RawBlock orphan = twoTransfers(1, "a", MINUTE + 1, 1, 2);
    enricher.pipe(twoTransfers(0, "a", MINUTE, 9, 9));
    enricher.pipe(orphan);
    RawBlock canonical =
        RawBlockBuilder.block(1, "b")
            .timestamp(MINUTE + 2)
            .nativeTransfer(address(7), address(8), 1)
            .build();

    enricher.retract(orphan, canonical.getBlockHash());
    enricher.pipe(canonical);

    ChainMetrics latest = metrics.readKeyValuesToMap().get(MINUTE * 1000);
    assertThat(latest.getBlockCount()).isEqualTo(2);
    assertThat(latest.getTransactionCount()).isEqualTo(3);
    assertThat(latest.getDistinctSenders()).isEqualTo(2);
  }

  @Test
  void shouldKeepTheReplacementWhenTheRetractionOfTheOrphanArrivesAfterIt() {
    RawBlock orphan = twoTransfers(1, "a", MINUTE + 1, 1, 2);
    RawBlock canonical =
        RawBlockBuilder.block(1, "b")
            .timestamp(MINUTE + 2)
            .nativeTransfer(address(7), address(8), 1)
            .build();
    enricher.pipe(orphan);

    enricher.pipe(canonical);
    enricher.retract(orphan, canonical.getBlockHash());

    ChainMetrics latest = metrics.readKeyValuesToMap().get(MINUTE * 1000);
    assertThat(latest.getBlockCount()).isEqualTo(1);
    assertThat(latest.getTransactionCount()).isEqualTo(1);
    assertThat(latest.getDistinctSenders()).isEqualTo(1);
  }

  @Test
  void shouldDeleteTheMinuteWhenItsOnlyBlockIsRetractedWithoutReplacement() {
    RawBlock orphan = twoTransfers(1, "a", MINUTE + 1, 1, 2);
    enricher.pipe(orphan);

    enricher.retract(orphan, RawBlockBuilder.hash("b", 1));

    Map<Long, ChainMetrics> latest = metrics.readKeyValuesToMap();
    assertThat(latest).containsKey(MINUTE * 1000);
    assertThat(latest.get(MINUTE * 1000)).isNull();
  }

  private static RawBlock twoTransfers(
      long number, String fork, long timestamp, int sender1, int sender2) {
    return RawBlockBuilder.block(number, fork)
        .timestamp(timestamp)
        .nativeTransfer(address(sender1), address(100), 1)
        .nativeTransfer(address(sender2), address(100), 1)
        .build();
  }
}
