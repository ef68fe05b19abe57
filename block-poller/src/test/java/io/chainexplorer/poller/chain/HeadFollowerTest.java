package io.chainexplorer.poller.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HeadFollowerTest {

  @Test
  void shouldSpendAtMost2Point2CallsPerBlockWhenFollowingA12SecondChain()
      throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(
            Duration.ofSeconds(12), Duration.ofMillis(1_700), 128, OptionalLong.empty());
    harness.advance(50);
    long callsBefore = harness.chain.calls();

    harness.advance(1_000);

    double callsPerBlock = (harness.chain.calls() - callsBefore) / 1_000.0;
    assertThat(callsPerBlock).isLessThanOrEqualTo(2.2).isGreaterThanOrEqualTo(2.0);
    assertThat(harness.chain.headCalls()).isEqualTo(1);
  }

  @Test
  void shouldStayWithin2Point2CallsPerBlockWhenProvidersServeBlocksWithJitter()
      throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(
            new ScriptedChainSpec(
                Duration.ofSeconds(12), Duration.ofMillis(800), Duration.ofMillis(1_500)),
            128,
            OptionalLong.empty());
    harness.advance(50);
    long callsBefore = harness.chain.calls();

    harness.advance(1_000);

    assertThat((harness.chain.calls() - callsBefore) / 1_000.0).isLessThanOrEqualTo(2.2);
  }

  @Test
  void shouldFollowAFastChainWithin2Point2CallsPerBlock() throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(
            new ScriptedChainSpec(
                Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(300)),
            128,
            OptionalLong.empty());
    harness.advance(50);
    long callsBefore = harness.chain.calls();

    harness.advance(1_000);

    assertThat((harness.chain.calls() - callsBefore) / 1_000.0).isLessThanOrEqualTo(2.2);
  }

  @Test
  void shouldPublishEachBlockSoonAfterItIsServedWhenAtTheHead() throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(
            Duration.ofSeconds(12), Duration.ofMillis(1_700), 128, OptionalLong.empty());
    harness.advance(200);

    long tipTimestamp = harness.lastStep().tip().getBlockTimestamp();
    Duration lateness =
        Duration.between(Instant.ofEpochSecond(tipTimestamp), harness.time.instant());

    // Served 1.7 s after minting; the schedule learns to ask within one step after that.
    assertThat(lateness).isLessThanOrEqualTo(Duration.ofMillis(1_700).plus(BlockSchedule.MAX_STEP));
    assertThat(harness.follower.availabilityDelay()).isPositive();
  }

  @Test
  void shouldPublishEveryBlockOfA12SecondChainWithinOneStepOfItBeingServed()
      throws InterruptedException {
    Duration propagation = Duration.ofMillis(1_700);
    FollowerHarness harness =
        new FollowerHarness(Duration.ofSeconds(12), propagation, 128, OptionalLong.empty());
    harness.advance(50);
    int from = harness.steps.size();

    harness.advance(300);

    Duration latest = Duration.ZERO;
    for (int i = from; i < harness.steps.size(); i++) {
      Instant served =
          Instant.ofEpochSecond(harness.steps.get(i).tip().getBlockTimestamp()).plus(propagation);
      Duration late = Duration.between(served, harness.publishedAt.get(i));
      latest = late.compareTo(latest) > 0 ? late : latest;
    }
    // an eighth of the block time per step published blocks up to 1.5 s after they were served
    assertThat(latest).isLessThanOrEqualTo(Duration.ofMillis(250));
  }

  @Test
  void shouldCatchUpWithoutWaitingWhenStartingBehind() throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(
            Duration.ofSeconds(12), Duration.ofMillis(500), 128, OptionalLong.of(0));
    harness.time.advanceTo(harness.time.instant().plus(Duration.ofSeconds(12 * 100 + 1)));
    Instant start = harness.time.instant();

    harness.advance(100);

    assertThat(harness.lastStep().tip().getBlockNumber()).isEqualTo(99);
    assertThat(harness.time.instant()).isEqualTo(start);
    assertThat(harness.chain.calls()).isEqualTo(1 + 2 * 100);
    assertThat(harness.chain.headCalls()).isEqualTo(1);
    assertThat(harness.appliedHashes()).isEqualTo(harness.canonicalHashes(0, 99));
  }

  @Test
  void shouldAskForTheHeadAgainWhenAFetchShowsItFellBehind() throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(
            Duration.ofSeconds(12), Duration.ofMillis(500), 128, OptionalLong.empty());
    harness.advance(5);
    // The poller stalls (a long GC pause, a full broker) for 10 blocks.
    harness.time.advanceTo(harness.time.instant().plus(Duration.ofSeconds(120)));

    harness.advance(12);

    assertThat(harness.chain.headCalls()).isEqualTo(2);
    assertThat(harness.appliedHashes())
        .isEqualTo(
            harness.canonicalHashes(
                harness.steps.get(0).tip().getBlockNumber(),
                harness.lastStep().tip().getBlockNumber()));
  }

  @Test
  void shouldCountBlocksPublishedAndHeadSeenInMetrics() throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(Duration.ofSeconds(2), Duration.ofMillis(300), 128, OptionalLong.of(0));
    harness.time.advanceTo(harness.time.instant().plus(Duration.ofSeconds(21)));

    harness.advance(15);

    assertThat(harness.metrics.blocksPublished()).isEqualTo(15);
  }
}
