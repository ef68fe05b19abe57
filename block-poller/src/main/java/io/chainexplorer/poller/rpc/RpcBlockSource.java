package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.VerificationResult;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.poller.keys.KeyPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks over JSON-RPC in two calls: {@code eth_getBlockByNumber(n, true)} and {@code
 * eth_getBlockReceipts(n)} sent as one batch (each member is still charged, but one round trip, and
 * both answers come from the same backend node, so a load-balanced provider cannot pair a block
 * with another node's receipts). Where an endpoint lacks block receipts, per-transaction receipts
 * in chunked batches, remembered per key. Receipts that do not match the block are refetched.
 * Thread-safe.
 */
public final class RpcBlockSource implements BlockSource {

  private static final Logger LOG = LoggerFactory.getLogger(RpcBlockSource.class);

  private final JsonRpcClient client;
  private final RpcSettings settings;
  private final FetchMetrics metrics;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RawBlockMapper mapper = new RawBlockMapper();
  private final BlockReceiptsCapability capability = new BlockReceiptsCapability();

  public RpcBlockSource(
      JsonRpcClient client,
      RpcSettings settings,
      FetchMetrics metrics,
      Clock clock,
      Sleeper sleeper) {
    this.client = client;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** The production wiring: system clock and sleeps, fetch metrics bound to {@code registry}. */
  public static RpcBlockSource create(KeyPool pool, RpcSettings settings, MeterRegistry registry) {
    FetchMetrics metrics = new FetchMetrics(settings.chain());
    metrics.bindTo(registry);
    Clock clock = Clock.systemUTC();
    JsonRpcClient client = new JsonRpcClient(pool, settings, metrics, clock, Sleeper.SYSTEM);
    return new RpcBlockSource(client, settings, metrics, clock, Sleeper.SYSTEM);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Receipts that do not match the block, and blocks that break the format, are fetched again
   * (another backend node may answer) up to {@link RpcSettings#consistencyAttempts()} times.
   *
   * @throws MalformedBlockException when every fetch of the block broke the format
   */
  @Override
  public Optional<RawBlock> blockByNumber(long number) throws RpcException {
    long start = System.nanoTime();
    String hex = "0x" + Long.toHexString(number);
    String last = "";
    for (int attempt = 1; attempt <= settings.consistencyAttempts(); attempt++) {
      Fetched fetched = fetch(hex);
      if (fetched.block() == null) {
        return Optional.empty();
      }
      Optional<String> problem = ReceiptCheck.mismatch(fetched.block(), fetched.receipts());
      if (problem.isEmpty()) {
        try {
          RawBlock block = mapper.map(fetched.block(), fetched.receipts(), provenance(fetched));
          metrics.blockLatency(Duration.ofNanos(System.nanoTime() - start));
          return Optional.of(block);
        } catch (MalformedBlockException e) {
          if (attempt == settings.consistencyAttempts()) {
            throw e;
          }
          problem = Optional.of("malformed");
        }
      }
      last = problem.get() + " from " + fetched.alias();
      metrics.mismatch(fetched.provider(), problem.get());
      LOG.warn(
          "Block {}: {}, fetch {} of {}", number, last, attempt, settings.consistencyAttempts());
      if (attempt < settings.consistencyAttempts()) {
        pause(attempt);
      }
    }
    throw new RpcException(
        "block "
            + number
            + ": receipts did not match the block after "
            + settings.consistencyAttempts()
            + " fetches, last "
            + last);
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

  private Fetched fetch(String hex) throws RpcException {
    RpcExchange exchange =
        client.exchange(
            List.of(
                RpcCall.of("eth_getBlockByNumber", hex, true),
                RpcCall.of("eth_getBlockReceipts", hex)),
            capability.avoid());
    JsonNode block = result(exchange, 0, "eth_getBlockByNumber");
    if (block.isNull()) {
      return new Fetched(null, List.of(), exchange);
    }
    RpcReply receipts = exchange.reply(1);
    if (receipts.methodNotFound()) {
      capability.lacks(exchange.provider(), exchange.alias());
      LOG.info("{} lacks eth_getBlockReceipts: receipts per transaction there", exchange.alias());
      metrics.fallback(exchange.provider());
      return new Fetched(block, receiptsPerTransaction(block), exchange);
    }
    JsonNode list = result(exchange, 1, "eth_getBlockReceipts");
    List<JsonNode> out = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(out::add);
    } else if (!list.isNull()) {
      throw new RpcException("eth_getBlockReceipts from " + exchange.alias() + " is not a list");
    }
    return new Fetched(block, out, exchange);
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

  private record Fetched(JsonNode block, List<JsonNode> receipts, RpcExchange exchange) {

    String alias() {
      return exchange.alias();
    }

    String provider() {
      return exchange.provider();
    }
  }
}
