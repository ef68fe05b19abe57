package io.chainexplorer.poller.publish;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.chain.BlockRef;
import io.chainexplorer.poller.chain.ChainMovedException;
import io.chainexplorer.poller.chain.ChainStep;
import io.chainexplorer.poller.chain.ReorgDetector;
import io.chainexplorer.poller.chain.TestBlocks;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Steps of a chain without reorgs, planned by a real detector, for publisher tests. */
final class LinearChain implements BlockSource {

  private final ReorgDetector detector;
  private final String fork;

  LinearChain(String fork, List<BlockRef> window, Clock clock) {
    this.fork = fork;
    this.detector = new ReorgDetector(128, 3, window, clock);
  }

  /** Plans and applies the steps of the next {@code count} blocks, starting at 0 when new. */
  List<ChainStep> next(int count) throws RpcException, ChainMovedException {
    List<ChainStep> steps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long number = detector.tip().map(tip -> tip.number() + 1).orElse(0L);
      ChainStep planned = detector.plan(block(number), this);
      ChainStep step =
          planned.withConfirmedBlocks(
              planned.confirmed().stream().map(ref -> block(ref.number())).toList());
      detector.apply(step);
      steps.add(step);
    }
    return steps;
  }

  RawBlock block(long number) {
    String parent = number == 0 ? TestBlocks.hash("f", 0) : TestBlocks.hash(fork, number - 1);
    return TestBlocks.block(number, TestBlocks.hash(fork, number), parent, 1_700_000_000L + number);
  }

  @Override
  public Optional<RawBlock> blockByNumber(long number) {
    return Optional.of(block(number));
  }

  @Override
  public long headNumber() {
    throw new UnsupportedOperationException("a linear chain has no head");
  }
}
