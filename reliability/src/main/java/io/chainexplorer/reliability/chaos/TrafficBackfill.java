package io.chainexplorer.reliability.chaos;

import io.chainexplorer.embedded.JsonRpcClient;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mines a backfill far faster than the node's block time while the devnet traffic keeps sending:
 * batches of blocks (4, or more for backfills over 2,000 blocks) between short pauses, so that the
 * transactions sent during each pause land in the batch's first block instead of the backfill being
 * empty blocks only.
 */
final class TrafficBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(TrafficBackfill.class);
  private static final int MIN_BATCH = 4;

  /** Batches grow with the backfill so that a long one takes minutes, not the node's block time. */
  private static final int MAX_BATCHES = 500;

  private static final long PAUSE_MILLIS = 100;

  private final JsonRpcClient node;

  TrafficBackfill(JsonRpcClient node) {
    this.node = node;
  }

  /**
   * Mines {@code blocks} blocks; returns the head once they are mined. Progress is counted from the
   * node's head, so a call that timed out on a busy machine (and may have mined anyway) is neither
   * lost nor counted twice.
   */
  long mine(int blocks) throws InterruptedException {
    long from = head();
    long target = from + blocks;
    long head = from;
    long logged = from;
    int batch = Math.max(MIN_BATCH, blocks / MAX_BATCHES);
    while (head < target) {
      try {
        node.call("anvil_mine", (int) Math.min(batch, target - head));
      } catch (UncheckedIOException e) {
        LOG.warn("backfill: mining call failed at head {}, going on: {}", head, e.getMessage());
      }
      // Not a synchronisation: the pause lets the traffic's next transactions reach the pool.
      Thread.sleep(PAUSE_MILLIS);
      head = head();
      if (head - logged >= 1_000) {
        LOG.info("backfill: {} of {} blocks mined", head - from, blocks);
        logged = head;
      }
    }
    LOG.info("backfill mined: blocks {}..{}", from + 1, head);
    return head;
  }

  private long head() {
    return Long.decode(node.call("eth_blockNumber").asText());
  }
}
