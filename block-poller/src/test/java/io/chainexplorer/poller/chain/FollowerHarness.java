package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** A follower over a scripted chain in simulated time, recording every published step. */
final class FollowerHarness {

  final SimulatedTime time = new SimulatedTime(Instant.parse("2026-01-01T00:00:00Z"));
  final ScriptedChain chain;
  final FollowerMetrics metrics = new FollowerMetrics(time);
  final List<ChainStep> steps = new ArrayList<>();
  final List<Instant> publishedAt = new ArrayList<>();
  final HeadFollower follower;

  FollowerHarness(Duration blockTime, Duration propagation, int window, OptionalLong start) {
    this(new ScriptedChainSpec(blockTime, propagation, Duration.ZERO), window, start);
  }

  FollowerHarness(ScriptedChainSpec spec, int window, OptionalLong start) {
    Duration blockTime = spec.blockTime();
    chain = new ScriptedChain(time, blockTime, spec.propagation(), spec.jitter());
    ReorgDetector detector = new ReorgDetector(window, 12, List.of(), time);
    follower =
        new HeadFollower(
            chain,
            detector,
            step -> {
              steps.add(step);
              publishedAt.add(time.instant());
            },
            new BlockSchedule(blockTime),
            time,
            time,
            metrics,
            start);
  }

  void advance(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      follower.advance(() -> true);
    }
  }

  /** The raw-blocks output with retractions applied: the chain a consumer reconstructs. */
  List<String> appliedHashes() {
    List<String> applied = new ArrayList<>();
    long first = steps.get(0).blocks().get(0).getBlockNumber();
    for (ChainStep step : steps) {
      for (BlockRetraction retraction : step.retractions()) {
        int index = (int) (retraction.getBlockNumber() - first);
        if (!applied.get(index).equals(retraction.getBlockHash())) {
          throw new AssertionError("retraction of a block never published: " + retraction);
        }
        applied.remove(index);
      }
      for (RawBlock block : step.blocks()) {
        if (block.getBlockNumber() - first != applied.size()) {
          throw new AssertionError("gap or duplicate at block " + block.getBlockNumber());
        }
        applied.add(block.getBlockHash());
      }
    }
    return applied;
  }

  List<String> canonicalHashes(long from, long to) {
    return chain.canonical().stream()
        .filter(b -> b.getBlockNumber() >= from && b.getBlockNumber() <= to)
        .map(RawBlock::getBlockHash)
        .toList();
  }

  ChainStep lastStep() {
    return steps.get(steps.size() - 1);
  }
}
