package io.chainexplorer.poller.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReorgDetectorTest {

  private static final Duration BLOCK_TIME = Duration.ofSeconds(12);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8, 12, 13, 19, 20})
  void shouldRetractOrphansNewestFirstThenPublishCanonicalBlocksWhenReorgOfDepth(int depth)
      throws InterruptedException {
    FollowerHarness harness = followingFrom(0, 40);
    long tip = harness.lastStep().tip().getBlockNumber();
    List<String> orphans = harness.canonicalHashes(tip - depth + 1, tip);

    harness.chain.reorg(depth);
    harness.advance(1);

    ChainStep step = harness.lastStep();
    assertThat(step.reorgDepth()).isEqualTo(depth);
    assertThat(step.retractions())
        .extracting(BlockRetraction::getBlockNumber)
        .containsExactlyElementsOf(
            LongStream.iterate(tip, n -> n > tip - depth, n -> n - 1).boxed().toList());
    assertThat(step.retractions())
        .extracting(BlockRetraction::getBlockHash)
        .containsExactlyElementsOf(reversed(orphans));
    assertThat(step.retractions())
        .extracting(BlockRetraction::getCanonicalBlockHash)
        .containsExactlyElementsOf(reversed(harness.canonicalHashes(tip - depth + 1, tip)));
    assertThat(step.blocks())
        .extracting(RawBlock::getBlockNumber)
        .containsExactlyElementsOf(
            LongStream.rangeClosed(tip - depth + 1, tip + 1).boxed().toList());
    assertThat(step.retractions().get(0).getDepth()).isEqualTo(1);
    assertThat(harness.appliedHashes()).isEqualTo(harness.canonicalHashes(0, tip + 1));
    assertThat(harness.metrics.reorgs(depth)).isEqualTo(1);
  }

  @Test
  void shouldKeepFollowingAfterSeveralReorgs() throws InterruptedException {
    FollowerHarness harness = followingFrom(0, 30);
    for (int depth : new int[] {1, 4, 2, 7}) {
      harness.chain.reorg(depth);
      harness.advance(3);
    }

    long tip = harness.lastStep().tip().getBlockNumber();
    assertThat(harness.appliedHashes()).isEqualTo(harness.canonicalHashes(0, tip));
  }

  @Test
  void shouldStopWithAClearErrorWhenReorgIsDeeperThanTheWindow() throws InterruptedException {
    FollowerHarness harness = followingFrom(0, 200);
    long tip = harness.lastStep().tip().getBlockNumber();
    int published = harness.steps.size();

    harness.chain.reorg(130);

    assertThatThrownBy(() -> harness.advance(1))
        .isInstanceOf(ReorgTooDeepException.class)
        .hasMessageContaining("reorg deeper than the window")
        .hasMessageContaining("128 remembered blocks (" + (tip - 127) + ".." + tip + ")");
    assertThat(harness.metrics.tooDeepCount()).isEqualTo(1);
    assertThat(harness.steps).hasSize(published);
  }

  @Test
  void shouldReportEachBlockOnceWhenItReachesTheConfirmationDepth() throws InterruptedException {
    FollowerHarness harness = followingFrom(0, 40);
    harness.chain.reorg(3);
    harness.advance(5);

    List<Long> confirmed =
        harness.steps.stream()
            .flatMap(step -> step.confirmed().stream())
            .map(BlockRef::number)
            .toList();
    long tip = harness.lastStep().tip().getBlockNumber();
    assertThat(confirmed)
        .containsExactlyElementsOf(LongStream.rangeClosed(0, tip - 12).boxed().toList());
    List<String> confirmedHashes =
        harness.steps.stream()
            .flatMap(step -> step.confirmedBlocks().stream())
            .map(RawBlock::getBlockHash)
            .toList();
    assertThat(confirmedHashes).isEqualTo(harness.canonicalHashes(0, tip - 12));
  }

  @Test
  void shouldFetchConfirmedBlocksItNoLongerHoldsWhenRestartedFromAWindow() throws Exception {
    FollowerHarness harness = followingFrom(0, 30);
    List<BlockRef> recovered = harness.lastStep().window();
    List<ChainStep> steps = new java.util.ArrayList<>();
    HeadFollower restarted =
        new HeadFollower(
            harness.chain,
            new ReorgDetector(128, 12, recovered, harness.time),
            steps::add,
            new BlockSchedule(BLOCK_TIME),
            harness.time,
            harness.time,
            new FollowerMetrics(harness.time),
            OptionalLong.empty());

    for (int i = 0; i < 3; i++) {
      restarted.advance(() -> true);
    }

    assertThat(steps)
        .flatExtracting(ChainStep::confirmedBlocks)
        .extracting(RawBlock::getBlockNumber)
        .containsExactly(18L, 19L, 20L);
    assertThat(steps.get(0).confirmedBlocks().get(0).getBlockHash())
        .isEqualTo(harness.canonicalHashes(18, 18).get(0));
  }

  @Test
  void shouldDetectAReorgAcrossARestartFromTheRecoveredWindow() throws Exception {
    FollowerHarness harness = followingFrom(0, 20);
    List<BlockRef> recovered =
        harness.lastStep().window().stream()
            .map(
                ref ->
                    new BlockRef(ref.number(), ref.hash(), ref.parentHash(), OptionalLong.empty()))
            .toList();
    harness.chain.reorg(2);
    harness.time.advanceTo(harness.time.instant().plus(BLOCK_TIME.multipliedBy(2)));
    ReorgDetector restarted = new ReorgDetector(128, 12, recovered, harness.time);
    long tip = harness.lastStep().tip().getBlockNumber();
    RawBlock next = harness.chain.blockByNumber(tip + 1).orElseThrow();

    ChainStep step = restarted.plan(next, harness.chain);

    assertThat(step.retractions())
        .extracting(BlockRetraction::getBlockNumber)
        .containsExactly(tip, tip - 1);
    assertThat(step.retractions().get(0).getBlockTimestamp())
        .isEqualTo(harness.chain.canonical().get((int) tip).getBlockTimestamp());
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static FollowerHarness followingFrom(long start, int blocks) throws InterruptedException {
    FollowerHarness harness =
        new FollowerHarness(BLOCK_TIME, Duration.ofMillis(800), 128, OptionalLong.of(start));
    harness.time.advanceTo(Instant.parse("2026-01-01T00:00:00Z").plus(BLOCK_TIME));
    harness.advance(blocks);
    return harness;
  }
}
