package io.chainexplorer.reliability.chaos;

import io.chainexplorer.embedded.JsonRpcClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mines the node's blocks from one thread, one per block time, and replaces its tip on that same
 * thread. Anvil's interval miner is switched off, and a reorg is a revert to the snapshot taken
 * before the first replaced block followed by one block more than were replaced, the first of them
 * paid to a new coinbase so that every replacement differs from the block it replaces. Not {@code
 * anvil_reorg}: after some dozens of deep reorgs on a chain of 10,000 blocks with traffic, anvil
 * served heights without a block and lowered its head below blocks it had served.
 */
final class NodeMiner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NodeMiner.class);

  private final JsonRpcClient node;
  private final int maxDepth;

  /** Snapshot ids by the head they were taken at, the last {@code maxDepth + 1} heads. */
  private final TreeMap<Long, String> snapshots = new TreeMap<>();

  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread miner = new Thread(task, "node-miner");
            miner.setDaemon(true);
            return miner;
          });

  private long reorgs;

  private NodeMiner(JsonRpcClient node, int maxDepth) {
    this.node = node;
    this.maxDepth = maxDepth;
  }

  /**
   * Takes the mining of {@code node} over from its interval miner, a block every {@code every},
   * ready for reorgs up to {@code maxDepth} deep once that many blocks are mined.
   */
  static NodeMiner start(JsonRpcClient node, Duration every, int maxDepth) {
    node.call("evm_setIntervalMining", 0);
    NodeMiner miner = new NodeMiner(node, maxDepth);
    long millis = every.toMillis();
    // A fixed delay, not a fixed rate: a late block must not queue more ahead of a waiting reorg.
    miner.thread.scheduleWithFixedDelay(miner::tick, millis, millis, TimeUnit.MILLISECONDS);
    return miner;
  }

  /** How deep a reorg can reach now: the blocks this miner mined, up to the maximum. */
  int reachableDepth() throws InterruptedException {
    return onMinerThread(() -> Math.max(0, snapshots.size() - 1));
  }

  /**
   * Replaces the last {@code depth} blocks by {@code depth + 1} new ones, between two mined blocks.
   *
   * @return the height of the first block replaced
   * @throws IllegalStateException when the node refuses, or the depth is beyond {@link
   *     #reachableDepth()}
   */
  long reorg(int depth) throws InterruptedException {
    return onMinerThread(
        () -> {
          long head = head();
          String snapshot = snapshots.get(head - depth);
          if (snapshot == null) {
            throw new IllegalStateException("no snapshot " + depth + " blocks below " + head);
          }
          if (!node.call("evm_revert", snapshot).asBoolean()) {
            throw new IllegalStateException(
                "the node refused to revert to its block " + (head - depth));
          }
          // A revert consumes its snapshot and every later one.
          snapshots.tailMap(head - depth, true).clear();
          reorgs++;
          node.call("anvil_setCoinbase", String.format("0x%040x", 0xc0ffeeL + reorgs));
          for (int i = 0; i <= depth; i++) {
            mine();
          }
          return head - depth + 1;
        });
  }

  private <T> T onMinerThread(Callable<T> task) throws InterruptedException {
    try {
      return thread.submit(task).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A failed block is logged, not thrown: a thrown tick would cancel every later one. */
  private void tick() {
    try {
      mine();
    } catch (RuntimeException e) {
      LOG.warn("the node did not mine a block: {}", e.getMessage());
    }
  }

  /** Mines one block, keeping the snapshot of the state before it. */
  private void mine() {
    long head = head();
    snapshots.put(head, node.call("evm_snapshot").asText());
    node.call("evm_mine");
    while (snapshots.size() > maxDepth + 1) {
      Map.Entry<Long, String> oldest = snapshots.pollFirstEntry();
      LOG.trace("snapshot of block {} no longer needed", oldest.getKey());
    }
  }

  private long head() {
    return Long.decode(node.call("eth_blockNumber").asText());
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
