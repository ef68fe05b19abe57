package io.chainexplorer.reliability.chaos;

import io.chainexplorer.embedded.JsonRpcClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mines a backfill far faster than the node's block time while the devnet traffic keeps sending:
 * small batches of blocks between short pauses, so that the transactions sent during each pause
 * land in the batch's first block instead of the backfill being empty blocks only.
 */
final class TrafficBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(TrafficBackfill.class);
  private static final int BATCH = 4;
  private static final long PAUSE_MILLIS = 100;

  private final JsonRpcClient node;

  TrafficBackfill(JsonRpcClient node) {
    this.node = node;
  }

  /** Mines {@code blocks} blocks; returns the head once they are mined. */
  long mine(int blocks) throws InterruptedException {
    long from = head();
    int mined = 0;
    while (mined < blocks) {
      int batch = Math.min(BATCH, blocks - mined);
      node.call("anvil_mine", batch);
      mined += batch;
      if (mined % 1_000 < BATCH) {
        LOG.info("backfill: {} of {} blocks mined", mined, blocks);
      }
      // Not a synchronisation: the pause lets the traffic's next transactions reach the pool.
      Thread.sleep(PAUSE_MILLIS);
    }
    long to = head();
    LOG.info("backfill mined: blocks {}..{}", from + 1, to);
    return to;
  }

  private long head() {
    return Long.decode(node.call("eth_blockNumber").asText());
  }
}
