package io.chainexplorer.reliability.chaos;

import io.chainexplorer.embedded.JsonRpcClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mines the node's blocks from one thread, one per block time, and runs reorgs on that same thread.
 * Anvil's own interval miner is switched off: a block it mines while {@code anvil_reorg} rewrites
 * the tip lands on the old tip, and the reorg's blocks then follow it, which leaves every replaced
 * height without a block (seen as holes of exactly the reorg's depth in chaos runs).
 */
final class NodeMiner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NodeMiner.class);

  private final JsonRpcClient node;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread miner = new Thread(task, "node-miner");
            miner.setDaemon(true);
            return miner;
          });

  private NodeMiner(JsonRpcClient node) {
    this.node = node;
  }

  /** Takes the mining of {@code node} over from its interval miner, a block every {@code every}. */
  static NodeMiner start(JsonRpcClient node, Duration every) {
    node.call("evm_setIntervalMining", 0);
    NodeMiner miner = new NodeMiner(node);
    long millis = every.toMillis();
    // A fixed delay, not a fixed rate: a late block must not queue more ahead of a waiting reorg.
    miner.thread.scheduleWithFixedDelay(miner::mineOne, millis, millis, TimeUnit.MILLISECONDS);
    return miner;
  }

  /**
   * Replaces the last {@code depth} blocks between two mined blocks.
   *
   * @throws IllegalStateException when the node refuses the reorg
   */
  void reorg(int depth) throws InterruptedException {
    node.call("anvil_reorg", depth, List.of());
    Future<?> done = thread.submit(() -> 1);
    try {
      done.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A failed block is logged, not thrown: a thrown tick would cancel every later one. */
  private void mineOne() {
    try {
      node.call("evm_mine");
    } catch (RuntimeException e) {
      LOG.warn("the node did not mine a block: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
