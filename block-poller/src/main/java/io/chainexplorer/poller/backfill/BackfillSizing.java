package io.chainexplorer.poller.backfill;

import io.chainexplorer.poller.keys.Provider;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Sizes a backfill from the keys' combined rate: enough workers to keep every key's limiter busy
 * when a fetch takes up to {@link #ASSUMED_LATENCY_SECONDS}, a window a few batches deep.
 */
public final class BackfillSizing {

  /** The methods one block costs: {@code BlockSource.blockByNumber} sends them as one batch. */
  public static final List<String> BLOCK_METHODS =
      List.of("eth_getBlockByNumber", "eth_getBlockReceipts");

  static final double ASSUMED_LATENCY_SECONDS = 0.5;
  static final int MIN_THREADS = 2;
  static final int MAX_THREADS = 16;
  static final int BATCH = 32;

  private BackfillSizing() {}

  /** Blocks per second the keys allow together: each key's units per second over a block's cost. */
  public static double blocksPerSecond(Map<Provider, ? extends Collection<?>> keys) {
    double rate = 0;
    for (Map.Entry<Provider, ? extends Collection<?>> entry : keys.entrySet()) {
      Provider provider = entry.getKey();
      long units = Math.max(1, provider.weights().unitsOf(BLOCK_METHODS));
      rate += entry.getValue().size() * provider.unitsPerSecond() / units;
    }
    return rate;
  }

  /** Workers for the rate (Little's law with the assumed latency), a window and a batch. */
  public static OrderedBackfill.Sizing forRate(double blocksPerSecond) {
    int threads =
        (int)
            Math.min(
                MAX_THREADS,
                Math.max(MIN_THREADS, Math.ceil(blocksPerSecond * ASSUMED_LATENCY_SECONDS)));
    return new OrderedBackfill.Sizing(threads, Math.max(2 * BATCH, 4 * threads), BATCH);
  }
}
