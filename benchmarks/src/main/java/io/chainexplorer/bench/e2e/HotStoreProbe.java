package io.chainexplorer.bench.e2e;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.embedded.JsonRpcClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency from a block's availability at the node to its row in {@code blocks_by_number} and the
 * rows of all its transactions in {@code transactions_by_hash} being readable in the hot store.
 */
final class HotStoreProbe implements AutoCloseable {

  private static final long GIVE_UP_NANOS = Duration.ofMinutes(2).toNanos();

  /** Blocks read per cycle, oldest first, so that a stalled pipeline does not flood the node. */
  private static final int MAX_BLOCKS_READ = 16;

  private static final long CYCLE_NANOS = Duration.ofMillis(5).toNanos();

  private final CqlSession session;
  private final JsonRpcClient rpc;
  private final String keyspace;
  private final Map<Long, Pending> pending = new LinkedHashMap<>();
  private PreparedStatement blockRow;
  private PreparedStatement transactionRow;
  private long abandoned;

  /** A block seen at the node whose rows are not all readable yet. */
  private static final class Pending {
    final long seenNanos;
    final long seenMillis;
    final long stampedBeforeMillis;
    final List<String> allTransactions;
    final Set<String> transactions;
    boolean blockRead;

    Pending(HeadWatcher.SeenBlock seen, JsonNode block) {
      this.seenNanos = seen.seenNanos();
      this.seenMillis = seen.seenMillis();
      this.stampedBeforeMillis =
          seenMillis - Long.decode(block.path("timestamp").asText("0x0")) * 1000;
      this.allTransactions = new ArrayList<>();
      block.path("transactions").forEach(hash -> allTransactions.add(hash.asText()));
      this.transactions = new HashSet<>(allTransactions);
    }
  }

  HotStoreProbe(String cqlHostPort, String datacenter, String keyspace, URI rpcUrl) {
    int colon = cqlHostPort.lastIndexOf(':');
    this.session =
        CqlSession.builder()
            .addContactPoint(
                new InetSocketAddress(
                    cqlHostPort.substring(0, colon),
                    Integer.parseInt(cqlHostPort.substring(colon + 1))))
            .withLocalDatacenter(datacenter)
            .build();
    this.keyspace = keyspace;
    this.rpc = new JsonRpcClient(rpcUrl);
  }

  /**
   * Follows the blocks {@code watcher} sees until {@code blocks} of them are readable or {@code
   * limit} has passed, and returns their timings, in order of completion, with the Kafka hops
   * {@code clock} saw.
   */
  List<BlockTiming> measure(HeadWatcher watcher, HopClock clock, int blocks, Duration limit) {
    List<BlockTiming> latencies = new ArrayList<>();
    long deadline = System.nanoTime() + limit.toNanos();
    while (latencies.size() < blocks && System.nanoTime() < deadline) {
      for (HeadWatcher.SeenBlock block : watcher.drain()) {
        pending.put(block.number(), new Pending(block, header(block.number())));
      }
      latencies.addAll(readOnce(clock));
      LockSupport.parkNanos(CYCLE_NANOS);
    }
    pending.clear();
    return latencies;
  }

  /** Blocks given up on (rows not readable within two minutes). */
  long abandoned() {
    return abandoned;
  }

  /** True once the sink has created both tables (the connector applies the schema at start). */
  boolean ready() {
    try {
      prepare();
      return true;
    } catch (DriverException e) {
      return false;
    }
  }

  /** The block with its transaction hashes only. */
  private JsonNode header(long number) {
    return rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
  }

  private List<BlockTiming> readOnce(HopClock clock) {
    prepare();
    Map<Long, CompletableFuture<AsyncResultSet>> blockReads = new LinkedHashMap<>();
    Map<String, CompletableFuture<AsyncResultSet>> txReads = new LinkedHashMap<>();
    pending.entrySet().stream()
        .limit(MAX_BLOCKS_READ)
        .forEach(
            entry -> {
              long number = entry.getKey();
              Pending block = entry.getValue();
              if (!block.blockRead) {
                blockReads.put(number, future(session.executeAsync(blockRow.bind(number))));
                // a read per transaction every 5 ms would weigh on the node the sink writes to:
                // its transactions are asked for once the block's row is there (one cycle later)
                return;
              }
              block.transactions.forEach(
                  hash ->
                      txReads.put(hash, future(session.executeAsync(transactionRow.bind(hash)))));
            });
    Set<Long> blocksFound = new HashSet<>();
    blockReads.forEach((number, read) -> addIfRow(blocksFound, number, read));
    Set<String> transactionsFound = new HashSet<>();
    txReads.forEach((hash, read) -> addIfRow(transactionsFound, hash, read));
    return complete(clock, blocksFound, transactionsFound, System.nanoTime());
  }

  private List<BlockTiming> complete(
      HopClock clock, Set<Long> blocksFound, Set<String> transactionsFound, long now) {
    List<BlockTiming> latencies = new ArrayList<>();
    Iterator<Map.Entry<Long, Pending>> it = pending.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Long, Pending> entry = it.next();
      Pending block = entry.getValue();
      block.blockRead |= blocksFound.contains(entry.getKey());
      block.transactions.removeAll(transactionsFound);
      if (block.blockRead && block.transactions.isEmpty()) {
        long[] kafka = clock.take(entry.getKey(), block.allTransactions);
        long sentAfter = kafka[2] == 0 ? -1 : kafka[2] - block.seenMillis;
        latencies.add(
            new BlockTiming(
                entry.getKey(),
                block.stampedBeforeMillis,
                block.seenNanos,
                sentAfter,
                kafka[0],
                kafka[1],
                now));
        it.remove();
      } else if (now - block.seenNanos > GIVE_UP_NANOS) {
        abandoned++;
        it.remove();
      }
    }
    return latencies;
  }

  private static <K> void addIfRow(Set<K> found, K key, CompletableFuture<AsyncResultSet> read) {
    try {
      if (read.join().one() != null) {
        found.add(key);
      }
    } catch (RuntimeException ignored) {
      // a read that failed under load counts as not readable yet; the next cycle asks again
    }
  }

  private static CompletableFuture<AsyncResultSet> future(CompletionStage<AsyncResultSet> stage) {
    return stage.toCompletableFuture();
  }

  private void prepare() {
    if (transactionRow == null) {
      blockRow =
          session.prepare(
              "SELECT block_number FROM " + keyspace + ".blocks_by_number WHERE block_number = ?");
      transactionRow =
          session.prepare(
              "SELECT tx_hash FROM " + keyspace + ".transactions_by_hash WHERE tx_hash = ?");
    }
  }

  @Override
  public void close() {
    session.close();
  }
}
