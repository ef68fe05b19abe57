package io.chainexplorer.bench.e2e;

import io.chainexplorer.embedded.JsonRpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Timestamps every block number the moment the node first reports it as its head, by polling {@code
 * eth_blockNumber} every few milliseconds on a thread of its own.
 */
final class HeadWatcher implements AutoCloseable {

  /**
   * A block and the {@link System#nanoTime()} at which the node was first seen to have it, with the
   * wall clock of that moment to compare with Kafka's record timestamps.
   */
  record SeenBlock(long number, long seenNanos, long seenMillis) {}

  private final JsonRpcClient rpc;
  private final long intervalNanos;
  private final BlockingQueue<SeenBlock> seen = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long errors;

  private HeadWatcher(URI rpcUrl, Duration interval) {
    this.rpc = new JsonRpcClient(rpcUrl);
    this.intervalNanos = interval.toNanos();
    this.thread = new Thread(this::watch, "head-watcher");
    this.thread.setDaemon(true);
  }

  static HeadWatcher start(URI rpcUrl, Duration interval) {
    HeadWatcher watcher = new HeadWatcher(rpcUrl, interval);
    watcher.thread.start();
    return watcher;
  }

  private void watch() {
    // the head present at start may have been there for a while: only later blocks are timed
    long last = -1;
    while (running) {
      try {
        long head = Long.decode(rpc.call("eth_blockNumber").asText());
        long now = System.nanoTime();
        long wall = System.currentTimeMillis();
        for (long n = last < 0 ? head + 1 : last + 1; n <= head; n++) {
          seen.add(new SeenBlock(n, now, wall));
        }
        last = Math.max(last, head);
      } catch (RuntimeException e) {
        errors++;
      }
      LockSupport.parkNanos(intervalNanos);
    }
  }

  /** The blocks seen since the last call, oldest first. */
  List<SeenBlock> drain() {
    List<SeenBlock> blocks = new ArrayList<>();
    seen.drainTo(blocks);
    return blocks;
  }

  /** Failed {@code eth_blockNumber} calls so far. */
  long errors() {
    return errors;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
