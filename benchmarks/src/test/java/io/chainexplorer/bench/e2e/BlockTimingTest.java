package io.chainexplorer.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockTimingTest {

  private static final long MS = 1_000_000;

  @Test
  void shouldSplitTheLatencyIntoHopsThatAddUpToTheWhole() {
    // seen at 0; sent 120 ms later, committed at 200 ms, enriched at 450 ms, readable at 500 ms
    BlockTiming timing = new BlockTiming(7, 400, 0, 120, 200 * MS, 450 * MS, 500 * MS);

    assertThat(timing.sentMillis()).isEqualTo(120);
    assertThat(timing.commitMillis()).isEqualTo(80);
    assertThat(timing.rawMillis()).isEqualTo(200);
    assertThat(timing.enrichMillis()).isEqualTo(250);
    assertThat(timing.sinkMillis()).isEqualTo(50);
    assertThat(timing.rawMillis() + timing.enrichMillis() + timing.sinkMillis())
        .isEqualTo(timing.totalMillis());
  }

  @Test
  void shouldLeaveHopsNotObservedOutOfTheirPercentilesButNotOutOfTheTotal() {
    List<BlockTiming> timings =
        List.of(
            new BlockTiming(1, 300, 0, 100, 200 * MS, 300 * MS, 400 * MS),
            new BlockTiming(2, 700, 0, -1, 0, 0, 900 * MS));

    Map<String, Percentiles> hops = BlockTiming.hops(timings);

    assertThat(hops.get("node -> raw block committed").count()).isEqualTo(1);
    assertThat(hops.get("enriched -> Scylla rows").max()).isEqualTo(100);
    assertThat(hops.get("node -> Scylla rows").count()).isEqualTo(2);
    assertThat(hops.get("node -> Scylla rows").max()).isEqualTo(900);
    // the node's own time from a block's timestamp to its head is reported, not added
    assertThat(hops.get("(block timestamp -> node head, not ours)").max()).isEqualTo(700);
  }
}
