package io.chainexplorer.bench.poller;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.chain.ChainStep;
import io.chainexplorer.poller.chain.StepSink;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory step sink that only counts: the benchmark measures RPC calls, not Kafka. */
final class CallsPerBlockSink implements StepSink {

  private final AtomicLong blocks = new AtomicLong();
  private final AtomicLong transactions = new AtomicLong();

  @Override
  public void publish(ChainStep step) {
    for (RawBlock block : step.blocks()) {
      blocks.incrementAndGet();
      transactions.addAndGet(block.getTransactions().size());
    }
  }

  long blocks() {
    return blocks.get();
  }

  long transactions() {
    return transactions.get();
  }
}
