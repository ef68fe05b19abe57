package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.VerificationResult;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.poller.keys.KeyPool;
import io.chainexplorer.poller.verify.BlockVerificationReport;
import io.chainexplorer.poller.verify.UnverifiableBlockException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks over JSON-RPC in two calls: {@code eth_getBlockByNumber(n, true)} and {@code
 * eth_getBlockReceipts(n)} sent as one batch (each member is still charged, but one round trip, and
 * both answers come from the same backend node, so a load-balanced provider cannot pair a block
 * with another node's receipts). Where an endpoint lacks block receipts, per-transaction receipts
 * in chunked batches, remembered per key. Receipts that do not match the block are refetched; every
 * block is verified against its own roots and hash where the policy applies, and refetched from
 * another key when it fails. Where settings ask for them, the block's call traces come with it
 * ({@link BlockTraces}), published in the same record. Thread-safe.
 */
public final class RpcBlockSource implements BlockSource {

  private static final Logger LOG = LoggerFactory.getLogger(RpcBlockSource.class);

  private final PooledJsonRpcClient client;
  private final RpcSettings settings;
  private final FetchMetrics metrics;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RawBlockMapper mapper = new RawBlockMapper();
  private final BlockReceiptsCapability capability = new BlockReceiptsCapability();
  private final BlockCustody custody;
  private final BlockTraces traces;

  public RpcBlockSource(
      PooledJsonRpcClient client,
      RpcSettings settings,
      FetchMetrics metrics,
      Clock clock,
      Sleeper sleeper) {
    this.client = client;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
    this.sleeper = sleeper;
    this.custody = new BlockCustody(settings.verification(), metrics);
    this.traces = new BlockTraces(client, metrics);
  }

  /** The production wiring: system clock and sleeps, fetch metrics bound to {@code registry}. */
  public static RpcBlockSource create(KeyPool pool, RpcSettings settings, MeterRegistry registry) {
    FetchMetrics metrics = new FetchMetrics(settings.chain());
    metrics.bindTo(registry);
    Clock clock = Clock.systemUTC();
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, clock, Sleeper.SYSTEM);
    return new RpcBlockSource(client, settings, metrics, clock, Sleeper.SYSTEM);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Receipts that do not match the block, blocks that break the format and blocks that fail
   * verification are fetched again, each time from a key not tried yet for this block where one can
   * serve, up to {@link RpcSettings#consistencyAttempts()} or the verification policy's attempts,
   * whichever is more.
   *
   * @throws MalformedBlockException when every fetch of the block broke the format
   * @throws UnverifiableBlockException when the last fetch failed verification too
   */
  @Override
  public Optional<RawBlock> blockByNumber(long number) throws RpcException {
    long start = System.nanoTime();
    String hex = "0x" + Long.toHexString(number);
    int attempts = Math.max(settings.consistencyAttempts(), custody.attempts());
    Set<String> suspects = new LinkedHashSet<>();
    String last = "";
    BlockVerificationReport unverified = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Fetched fetched = fetch(hex, suspects);
      if (fetched.block() == null) {
        return Optional.empty();
      }
      Attempt outcome = examine(fetched, suspects, attempt == attempts);
      if (outcome.block() != null) {
        metrics.blockLatency(Duration.ofNanos(System.nanoTime() - start));
        return Optional.of(outcome.block());
      }
      unverified = outcome.report();
      last = outcome.problem() + " from " + fetched.alias();
      suspects.add(fetched.alias());
      LOG.warn("Block {}: {}, fetch {} of {}", number, last, attempt, attempts);
      if (attempt < attempts) {
        pause(attempt);
      }
    }
    if (unverified != null) {
      metrics.halted();
      throw new UnverifiableBlockException(number, suspects, unverified);
    }
    throw new RpcException(
        "block "
            + number
            + ": receipts did not match the block after "
            + attempts
            + " fetches, last "
            + last);
  }

  /** The block to publish, or why this fetch of it cannot be. */
  private Attempt examine(Fetched fetched, Set<String> suspects, boolean lastAttempt)
      throws MalformedBlockException {
    if (tooManyTransactions(fetched.block())) {
      metrics.violation(fetched.provider(), fetched.alias(), "transactions");
      return new Attempt(
          null, "more than " + settings.maxBlockTransactions() + " transactions", null);
    }
    Optional<String> problem = ReceiptCheck.mismatch(fetched.block(), fetched.receipts());
    if (problem.isPresent()) {
      metrics.mismatch(fetched.provider(), problem.get());
      return new Attempt(null, problem.get(), null);
    }
    RawBlock block;
    try {
      block = mapper.map(fetched.block(), fetched.receipts(), provenance(fetched));
    } catch (MalformedBlockException e) {
      if (lastAttempt) {
        throw e;
      }
      metrics.mismatch(fetched.provider(), "malformed");
      return new Attempt(null, "malformed", null);
    }
    Optional<BlockVerificationReport> failed = custody.check(block, suspects);
    if (failed.isPresent()) {
      return new Attempt(null, failed.get().summary(), failed.get());
    }
    return traced(block, fetched, lastAttempt);
  }

  /** The block with its traces, or a refetch when they are another block's. */
  private Attempt traced(RawBlock block, Fetched fetched, boolean lastAttempt) {
    if (fetched.traces() == null) {
      return new Attempt(block, null, null);
    }
    try {
      return new Attempt(BlockTraces.attach(block, fetched.traces()), null, null);
    } catch (MalformedBlockException e) {
      metrics.traces(fetched.provider(), fetched.traces().method(), "mismatch");
      if (!lastAttempt) {
        return new Attempt(null, "traces " + e.getMessage(), null);
      }
      // Traces are optional and unverifiable: the block goes on without them, never stops.
      LOG.warn("Block {}: traces {}; published without", block.getBlockNumber(), e.getMessage());
      return new Attempt(block, null, null);
    }
  }

  @Override
  public long headNumber() throws RpcException {
    JsonNode result = client.call("eth_blockNumber");
    try {
      return new JsonFields("head").toLong(result, "eth_blockNumber");
    } catch (MalformedBlockException e) {
      throw new RpcException("eth_blockNumber answered a malformed quantity", e);
    }
  }

  /** One fetch, preferring keys other than {@code suspects}, which failed for this block. */
  private Fetched fetch(String hex, Set<String> suspects) throws RpcException {
    Set<String> avoid = new LinkedHashSet<>(capability.avoid());
    avoid.addAll(suspects);
    RpcExchange exchange =
        client.exchange(
            List.of(
                RpcCall.of("eth_getBlockByNumber", hex, true),
                RpcCall.of("eth_getBlockReceipts", hex)),
            avoid);
    JsonNode block = result(exchange, 0, "eth_getBlockByNumber");
    if (block.isNull()) {
      return new Fetched(null, List.of(), exchange, null);
    }
    RpcReply receipts = exchange.reply(1);
    if (tooManyTransactions(block)) {
      // Refused in examine: no receipt is asked for the transactions it claims.
      return new Fetched(block, List.of(), exchange, null);
    }
    if (receipts.methodNotFound()) {
      capability.lacks(exchange.provider(), exchange.alias());
      LOG.info("{} lacks eth_getBlockReceipts: receipts per transaction there", exchange.alias());
      metrics.fallback(exchange.provider());
      return new Fetched(block, receiptsPerTransaction(block), exchange, traces(hex, suspects));
    }
    JsonNode list = result(exchange, 1, "eth_getBlockReceipts");
    List<JsonNode> out = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(out::add);
    } else if (!list.isNull()) {
      throw new RpcException("eth_getBlockReceipts from " + exchange.alias() + " is not a list");
    }
    return new Fetched(block, out, exchange, traces(hex, suspects));
  }

  /** The block's traces when they are wanted; null when not. */
  private FetchedTraces traces(String hex, Set<String> suspects) throws RpcException {
    return settings.traces() ? traces.fetch(hex, suspects) : null;
  }

  private boolean tooManyTransactions(JsonNode block) {
    return block.path("transactions").size() > settings.maxBlockTransactions();
  }

  private List<JsonNode> receiptsPerTransaction(JsonNode block) throws RpcException {
    JsonNode txs = block.path("transactions");
    List<JsonNode> out = new ArrayList<>(txs.size());
    for (int from = 0; from < txs.size(); from += settings.receiptsBatchSize()) {
      int to = Math.min(txs.size(), from + settings.receiptsBatchSize());
      List<RpcCall> calls = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        calls.add(RpcCall.of("eth_getTransactionReceipt", txs.get(i).path("hash").asText()));
      }
      RpcExchange exchange = client.exchange(calls);
      for (int i = 0; i < calls.size(); i++) {
        out.add(result(exchange, i, "eth_getTransactionReceipt"));
      }
    }
    return out;
  }

  private static JsonNode result(RpcExchange exchange, int index, String method)
      throws RpcException {
    RpcReply reply = exchange.reply(index);
    if (reply.isError()) {
      throw new RpcException(
          method + " answered JSON-RPC error " + reply.errorCode() + " from " + exchange.alias());
    }
    return reply.result();
  }

  private Provenance provenance(Fetched fetched) {
    return Provenance.newBuilder()
        .setProviderAlias(fetched.alias())
        .setFetchedAt(clock.instant())
        .setChainId(settings.chainId())
        .setVerification(
            VerificationResult.newBuilder().setStatus(VerificationStatus.NOT_CHECKED).build())
        .build();
  }

  private void pause(int attempt) throws RpcException {
    try {
      sleeper.sleep(settings.backoffBase().multipliedBy(attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException("interrupted while refetching a block", e);
    }
  }

  /** A publishable block, or the problem of a fetch and its failed verification if any. */
  private record Attempt(RawBlock block, String problem, BlockVerificationReport report) {}

  private record Fetched(
      JsonNode block, List<JsonNode> receipts, RpcExchange exchange, FetchedTraces traces) {

    String alias() {
      return exchange.alias();
    }

    String provider() {
      return exchange.provider();
    }
  }
}
