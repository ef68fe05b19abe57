package io.chainexplorer.poller.backfill;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.chain.BlockRef;
import io.chainexplorer.poller.chain.ChainStep;
import io.chainexplorer.poller.chain.StepSink;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.Sleeper;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches a range with {@code threads} workers through a reorder window of {@code window} blocks
 * and publishes it in block order, up to {@code batch} blocks per step: each step carries its
 * blocks, the same blocks as confirmed ones (a backfill range lies below the reorg window) and the
 * range cursor at its last block, so a step is committed whole or not at all.
 */
public final class OrderedBackfill {

  /**
   * Sizes of one run.
   *
   * @param threads fetch workers, each with at most one request in flight
   * @param window most blocks fetched or in flight beyond the next one to publish
   * @param batch most blocks per Kafka transaction
   */
  public record Sizing(int threads, int window, int batch) {

    public Sizing {
      if (threads < 1 || window < threads || batch < 1) {
        throw new IllegalArgumentException(
            "need threads >= 1, window >= threads and batch >= 1, got " + this);
      }
    }
  }

  private final BlockSource source;
  private final StepSink sink;
  private final Sizing sizing;
  private final Sleeper sleeper;
  private final BackfillListener listener;

  public OrderedBackfill(
      BlockSource source,
      StepSink sink,
      Sizing sizing,
      Sleeper sleeper,
      BackfillListener listener) {
    this.source = source;
    this.sink = sink;
    this.sizing = sizing;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * Publishes blocks {@code first..last} in order; returns when the last is committed.
   *
   * @throws BackfillException when a block cannot be fetched; what was committed stays committed
   */
  public void run(long first, long last) throws InterruptedException {
    if (first > last) {
      return;
    }
    ReorderWindow window = new ReorderWindow(first, last, sizing.window());
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < sizing.threads(); i++) {
      Thread worker = new Thread(new BlockFetcher(source, window, sleeper), "backfill-fetch-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    try {
      publish(window, first, last);
    } catch (RuntimeException | InterruptedException e) {
      window.fail(e);
      throw e;
    } finally {
      for (Thread worker : workers) {
        worker.interrupt();
      }
    }
  }

  private void publish(ReorderWindow window, long first, long last) throws InterruptedException {
    long next = first;
    while (next <= last) {
      List<RawBlock> blocks = window.takeReady(sizing.batch());
      RawBlock tip = blocks.get(blocks.size() - 1);
      List<BlockRef> refs = blocks.stream().map(BlockRef::of).toList();
      sink.publish(new ChainStep(List.of(), blocks, List.of(BlockRef.of(tip)), refs, 0, blocks));
      next = tip.getBlockNumber() + 1;
      listener.committed(tip.getBlockNumber(), blocks.size());
    }
  }
}
