package io.chainexplorer.poller.backfill;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.chain.TestBlocks;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A linear chain served from memory; fetches of the held numbers block until released, so tests
 * decide the order in which fetches complete; records the highest number ever requested.
 */
final class ScriptedSource implements BlockSource {

  private final long head;
  private final Set<Long> held = ConcurrentHashMap.newKeySet();
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicLong highestRequested = new AtomicLong(-1);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final long failAt;

  ScriptedSource(long head, long failAt, long... heldNumbers) {
    this.head = head;
    this.failAt = failAt;
    for (long number : heldNumbers) {
      held.add(number);
    }
  }

  static RawBlock block(long number) {
    return TestBlocks.block(
        number, TestBlocks.hash("a", number), TestBlocks.hash("a", number - 1), 1_000 + number);
  }

  @Override
  public Optional<RawBlock> blockByNumber(long number) throws RpcException {
    highestRequested.accumulateAndGet(number, Math::max);
    inFlight.incrementAndGet();
    try {
      if (number == failAt) {
        throw new RpcException("scripted failure at " + number);
      }
      if (held.contains(number)) {
        release.await();
      }
      return number > head ? Optional.empty() : Optional.of(block(number));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException("interrupted", e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public long headNumber() {
    return head;
  }

  void release() {
    release.countDown();
  }

  long highestRequested() {
    return highestRequested.get();
  }
}
