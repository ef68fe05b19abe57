package io.chainexplorer.bench.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.bench.common.BenchStack;
import io.chainexplorer.poller.chain.BlockRef;
import io.chainexplorer.poller.chain.ChainStep;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.keys.KeyPoolListener;
import io.chainexplorer.poller.keys.MethodWeights;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.UsageLedger;
import io.chainexplorer.poller.publish.BlockPublisher;
import io.chainexplorer.poller.publish.PollerTopics;
import io.chainexplorer.poller.rpc.FetchMetrics;
import io.chainexplorer.poller.rpc.PooledJsonRpcClient;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.poller.rpc.RpcSettings;
import io.chainexplorer.poller.rpc.Sleeper;
import io.chainexplorer.poller.verify.VerificationPolicy;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The poller's own path for one block, end to end: the batched JSON-RPC fetch of the block and its
 * receipts from a local HTTP server answering the recorded block, mapping, verification (or not),
 * and the Kafka transaction that publishes the block to the raw topic, the block that became
 * confirmed with it to the confirmed topic, and the cursor with its reorg window.
 */
final class PollerPath implements AutoCloseable {

  private static final String KEY = "bench-key";
  private static final double UNLIMITED = 1e9;

  private final RecordedBlockServer server;
  private final RpcBlockSource verifying;
  private final RpcBlockSource trusting;
  private final BlockPublisher publisher;
  private final long number;
  private final int windowBlocks;
  private final List<BlockRef> window;
  private RawBlock previous;

  private PollerPath(
      RecordedBlockServer server,
      RpcBlockSource verifying,
      RpcBlockSource trusting,
      BlockPublisher publisher,
      long number,
      int windowBlocks) {
    this.server = server;
    this.verifying = verifying;
    this.trusting = trusting;
    this.publisher = publisher;
    this.number = number;
    this.windowBlocks = windowBlocks;
    this.window = new ArrayList<>(windowBlocks);
  }

  /**
   * Serves {@code answers} (gzipped when {@code gzip}) and opens a publisher of chain {@code chain}
   * on {@code stack}.
   */
  static PollerPath open(
      BenchStack stack, String chain, VerifyBenchBlocks.Answers answers, boolean gzip)
      throws IOException {
    long number = Long.decode(answers.block().get("number").asText());
    RecordedBlockServer server = new RecordedBlockServer(answers, gzip);
    DefaultKeyPool pool = pool(server);
    RpcSettings settings = RpcSettings.defaults(chain, 1);
    FetchMetrics metrics = new FetchMetrics(chain);
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    PollerConfig config =
        new PollerConfig(
            Map.of(
                PollerConfig.CHAIN_NAME,
                chain,
                PollerConfig.KAFKA_BOOTSTRAP_SERVERS,
                stack.bootstrapServers(),
                PollerConfig.SCHEMA_REGISTRY_URL,
                stack.registryConfig().get("schema.registry.url"),
                PollerConfig.METRICS_PORT,
                "0"));
    PollerTopics.ensure(config);
    BlockPublisher publisher =
        BlockPublisher.open(config, TopicCatalogue.forChain(chain), Clock.systemUTC());
    return new PollerPath(
        server,
        source(client, settings.withVerification(VerificationPolicy.full()), metrics),
        source(client, settings.withVerification(VerificationPolicy.off()), metrics),
        publisher,
        number,
        config.reorgWindowBlocks());
  }

  /**
   * Fetches the block, verifying it or not, and publishes it in one transaction with the confirmed
   * block of a steady head (the one fetched before) and the cursor.
   */
  RawBlock fetchAndPublish(boolean verify) throws RpcException {
    RawBlock block =
        (verify ? verifying : trusting)
            .blockByNumber(number)
            .orElseThrow(() -> new IllegalStateException("the server lacks block " + number));
    VerificationStatus expected =
        verify ? VerificationStatus.VERIFIED : VerificationStatus.NOT_APPLICABLE;
    if (block.getProvenance().getVerification().getStatus() != expected) {
      throw new IllegalStateException(
          "block recorded as " + block.getProvenance().getVerification());
    }
    if (window.size() == windowBlocks) {
      window.remove(0);
    }
    window.add(BlockRef.of(block));
    RawBlock confirmed = previous == null ? block : previous;
    ChainStep step =
        new ChainStep(List.of(), List.of(block), window, List.of(BlockRef.of(confirmed)), 0)
            .withConfirmedBlocks(Collections.singletonList(confirmed));
    publisher.publish(step);
    previous = block;
    return block;
  }

  /** The server of the block's answers. */
  RecordedBlockServer server() {
    return server;
  }

  @Override
  public void close() {
    publisher.close();
    server.close();
  }

  private static RpcBlockSource source(
      PooledJsonRpcClient client, RpcSettings settings, FetchMetrics metrics) {
    return new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /** One key at the server, with a rate and budget the benchmark never reaches. */
  private static DefaultKeyPool pool(RecordedBlockServer server) {
    String template = server.urlTemplate(Provider.KEY_PLACEHOLDER);
    Provider provider =
        new Provider("bench", template, MethodWeights.flat(1), UNLIMITED, Long.MAX_VALUE);
    return new DefaultKeyPool(
        Map.of(provider, List.of(ApiKey.of("bench", "a0", KEY))),
        UsageLedger.inMemory(),
        Clock.systemUTC(),
        KeyPoolListener.NONE);
  }
}
