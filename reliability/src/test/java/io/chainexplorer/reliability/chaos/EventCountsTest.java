package io.chainexplorer.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventCountsTest {

  @Test
  void shouldCountKillsByServiceOrRoleAndReorgsByDepth() {
    EventCounts counts =
        EventCounts.of(
            List.of(
                "kill -9 block-poller(leader) = block-poller-2",
                "restart block-poller(leader)",
                "reorg depth 7 at head 120",
                "kill -9 kafka",
                "restart kafka",
                "kill -9 block-poller(leader) = block-poller",
                "reorg depth 1 at head 130"));

    assertThat(counts.kills()).containsEntry("block-poller(leader)", 2).containsEntry("kafka", 1);
    assertThat(counts.totalKills()).isEqualTo(3);
    assertThat(counts.reorgs()).isEqualTo(2);
    assertThat(counts.markdown())
        .isEqualTo(
            "3 kills (block-poller(leader): 2, kafka: 1), 2 reorgs of depth 1..7 (mean 4.0, 8"
                + " blocks replaced in all).");
  }

  @Test
  void shouldCountReorgsTheNodeRefusedApartFromThoseItMade() {
    EventCounts counts =
        EventCounts.of(
            List.of("refused reorg depth 34 at head 10063", "reorg depth 12 at head 10064"));

    assertThat(counts.reorgs()).isEqualTo(1);
    assertThat(counts.refused()).isEqualTo(1);
    assertThat(counts.markdown()).endsWith("; 1 reorgs refused by the node and drawn again.");
  }

  @Test
  void shouldSpreadEveryPlanOverEveryServiceAndKeepConfirmationsBelowNoReorg() {
    assertThat(ChaosPlan.reduced(1).kills()).isEqualTo(ChaosEvents.SERVICES.size());
    assertThat(ChaosPlan.full(1).kills()).isGreaterThanOrEqualTo(20);
    assertThat(ChaosPlan.full(1).confirmations()).isGreaterThan(ChaosPlan.full(1).maxReorgDepth());
  }
}
