package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.rpc.BlockSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * An in-memory chain that mints a block every {@code blockTime} on a clock and serves it {@code
 * propagation} later, counting calls as a provider bills them: 2 for a block that is there (block
 * and receipts), 2 for an empty answer too (the RPC source asks both in one batch), 1 for the head
 * height.
 */
final class ScriptedChain implements BlockSource {

  private final Clock clock;
  private final Instant genesis;
  private final Duration blockTime;
  private final Duration propagation;
  private final Duration jitter;
  private final List<RawBlock> blocks = new ArrayList<>();
  private int forks;
  private long calls;
  private long headCalls;

  ScriptedChain(Clock clock, Duration blockTime, Duration propagation) {
    this(clock, blockTime, propagation, Duration.ZERO);
  }

  /** Each block is served after {@code propagation} plus up to {@code jitter}, fixed per height. */
  ScriptedChain(Clock clock, Duration blockTime, Duration propagation, Duration jitter) {
    this.clock = clock;
    this.jitter = jitter;
    this.genesis = clock.instant();
    this.blockTime = blockTime;
    this.propagation = propagation;
    blocks.add(TestBlocks.block(0, TestBlocks.hash("a", 0), TestBlocks.hash("f", 0), seconds(0)));
  }

  @Override
  public Optional<RawBlock> blockByNumber(long number) {
    mintDue();
    if (number < blocks.size() && servedAt(number).compareTo(clock.instant()) <= 0) {
      calls += 2;
      return Optional.of(blocks.get((int) number));
    }
    calls += 2;
    return Optional.empty();
  }

  @Override
  public long headNumber() {
    mintDue();
    calls += 1;
    headCalls += 1;
    long head = blocks.size() - 1;
    while (head > 0 && servedAt(head).isAfter(clock.instant())) {
      head--;
    }
    return head;
  }

  /** Replaces the top {@code depth} blocks by a new fork of the same height. */
  void reorg(int depth) {
    mintDue();
    forks++;
    int from = blocks.size() - depth;
    for (int height = from; height < blocks.size(); height++) {
      RawBlock parent = blocks.get(height - 1);
      blocks.set(
          height,
          TestBlocks.block(
              height,
              TestBlocks.hash("b" + forks, height),
              parent.getBlockHash(),
              seconds(height)));
    }
  }

  /** The canonical chain as it stands, oldest first. */
  List<RawBlock> canonical() {
    mintDue();
    return List.copyOf(blocks);
  }

  long calls() {
    return calls;
  }

  long headCalls() {
    return headCalls;
  }

  private void mintDue() {
    while (mintedAt(blocks.size()).compareTo(clock.instant()) <= 0) {
      long height = blocks.size();
      String parent = blocks.get((int) height - 1).getBlockHash();
      blocks.add(
          TestBlocks.block(height, TestBlocks.hash("a" + forks, height), parent, seconds(height)));
    }
  }

  private long seconds(long height) {
    return genesis.plus(blockTime.multipliedBy(height)).getEpochSecond();
  }

  private Instant mintedAt(long height) {
    return genesis.plus(blockTime.multipliedBy(height));
  }

  private Instant servedAt(long height) {
    long extra = (long) (new Random(height * 7919L).nextDouble() * jitter.toMillis());
    return mintedAt(height).plus(propagation).plusMillis(extra);
  }
}
