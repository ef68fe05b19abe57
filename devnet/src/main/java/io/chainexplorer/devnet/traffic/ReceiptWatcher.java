package io.chainexplorer.devnet.traffic;

import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.rpc.DevnetRpc;
import io.chainexplorer.devnet.rpc.Receipt;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Matches the receipts of new blocks with the transactions the generator sent (one {@code
 * eth_getBlockReceipts} per block, not one call per transaction) and counts them as mined.
 */
public final class ReceiptWatcher {

  private final DevnetRpc rpc;
  private final TrafficCounters counters;
  private final Map<String, TrafficKind> pending = new HashMap<>();
  private long lastBlock;

  /** Watches blocks after {@code fromBlock}. */
  public ReceiptWatcher(DevnetRpc rpc, TrafficCounters counters, long fromBlock) {
    this.rpc = rpc;
    this.counters = counters;
    this.lastBlock = fromBlock;
  }

  public synchronized void sent(String transactionHash, TrafficKind kind) {
    pending.put(transactionHash.toLowerCase(Locale.ROOT), kind);
  }

  /** Reads the receipts of every block mined since the last poll. */
  public void poll() {
    long head = rpc.blockNumber();
    while (lastBlock < head) {
      long block = lastBlock + 1;
      for (Receipt receipt : rpc.blockReceipts(block)) {
        TrafficKind kind = take(receipt.transactionHash());
        if (kind != null) {
          counters.mined(kind, receipt.transactionHash(), receipt.succeeded());
        }
      }
      lastBlock = block;
    }
  }

  /** Transactions sent and not yet seen in a block. */
  public synchronized int pendingCount() {
    return pending.size();
  }

  private synchronized TrafficKind take(String transactionHash) {
    return pending.remove(transactionHash.toLowerCase(Locale.ROOT));
  }
}
