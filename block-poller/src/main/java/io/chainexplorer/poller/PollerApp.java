package io.chainexplorer.poller;

import io.chainexplorer.poller.chain.BlockRef;
import io.chainexplorer.poller.chain.BlockSchedule;
import io.chainexplorer.poller.chain.FollowerMetrics;
import io.chainexplorer.poller.chain.HeadFollower;
import io.chainexplorer.poller.chain.Pacer;
import io.chainexplorer.poller.chain.ReorgDetector;
import io.chainexplorer.poller.chain.ReorgTooDeepException;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.publish.BlockPublisher;
import io.chainexplorer.poller.publish.LeaderElection;
import io.chainexplorer.poller.publish.PollerTopics;
import io.chainexplorer.poller.publish.PublishMetrics;
import io.chainexplorer.poller.publish.PublisherFencedException;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.tokens.TokenMetadataReader;
import io.chainexplorer.poller.verify.UnverifiableBlockException;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The block poller of one chain: waits for the chain's leadership, then recovers the cursor,
 * follows the head and publishes until stopped; a fenced or failed publisher resumes from the
 * cursor; a reorg deeper than the window, or a block that fails verification from every key, stops
 * it with {@link #failure()}.
 */
public final class PollerApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PollerApp.class);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private final PollerConfig config;
  private final TopicCatalogue topics;
  private final BlockSource source;
  private final Optional<TokenMetadataReader> tokens;
  private final Clock clock;
  private final FollowerMetrics metrics;
  private final PublishMetrics publishMetrics = new PublishMetrics();
  private final Thread thread;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;
  private volatile RuntimeException failure;

  private PollerApp(
      PollerConfig config,
      BlockSource source,
      Optional<TokenMetadataReader> tokens,
      Clock clock,
      MeterRegistry registry) {
    this.config = config;
    this.topics = TopicCatalogue.forChain(config.chainName());
    this.source = source;
    this.tokens = tokens;
    this.clock = clock;
    this.metrics = new FollowerMetrics(clock);
    metrics.bindTo(registry);
    publishMetrics.bindTo(registry);
    this.thread = new Thread(this::run, "block-poller-" + config.chainName());
  }

  /** Creates the topics when absent and starts polling on a thread of its own. */
  public static PollerApp start(
      PollerConfig config, BlockSource source, MeterRegistry registry, Clock clock) {
    return start(config, source, Optional.empty(), registry, clock);
  }

  /** As {@link #start}, publishing the metadata of new tokens read by {@code tokens} if present. */
  public static PollerApp start(
      PollerConfig config,
      BlockSource source,
      Optional<TokenMetadataReader> tokens,
      MeterRegistry registry,
      Clock clock) {
    PollerApp app = new PollerApp(config, source, tokens, clock, registry);
    PollerTopics.ensure(config);
    app.thread.start();
    LOG.info("block poller of {} started", config.chainName());
    return app;
  }

  /** Whether the poller still runs (as leader or standby) without a fatal failure. */
  public boolean isHealthy() {
    return stopped.getCount() > 0 && failure == null;
  }

  /** The fatal error that stopped the poller, if any. */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Waits for the poller to stop on its own (a fatal error) or through {@link #close()}. */
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops following after the current step; an open transaction is aborted by the broker. */
  @Override
  public void close() {
    stopping = true;
    thread.interrupt();
    try {
      if (!stopped.await(30, TimeUnit.SECONDS)) {
        LOG.warn("block poller of {} did not stop in 30 s", config.chainName());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try (LeaderElection election = LeaderElection.join(config, topics)) {
      publishMetrics.watch(election);
      while (!stopping) {
        if (election.awaitLeadership(RETRY_PAUSE)) {
          lead(election);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ReorgTooDeepException | UnverifiableBlockException e) {
      failure = e;
      LOG.error("block poller of {} stopped: {}", config.chainName(), e.getMessage());
    } catch (KafkaException e) {
      if (!stopping) {
        failure = e;
        LOG.error("block poller of {} failed: {}", config.chainName(), e.toString());
      }
    } catch (RuntimeException e) {
      // A bug or a value nothing handles: stop with the reason, so that the command exits
      // non-zero and a supervisor restarts it, instead of a dead thread under a live process.
      failure = e;
      LOG.error("block poller of {} failed unexpectedly", config.chainName(), e);
    } finally {
      stopped.countDown();
      LOG.info("block poller of {} stopped", config.chainName());
    }
  }

  /** One term as leader: fence the previous one, resume from the cursor, follow. */
  private void lead(LeaderElection election) throws InterruptedException {
    try (BlockPublisher publisher = BlockPublisher.open(config, topics, clock, publishMetrics)) {
      List<BlockRef> window =
          publisher.recoverCursor().map(BlockPublisher::window).orElse(List.of());
      tokens.ifPresent(publisher::readTokens);
      ReorgDetector detector =
          new ReorgDetector(config.reorgWindowBlocks(), config.confirmations(), window, clock);
      HeadFollower follower =
          new HeadFollower(
              source,
              detector,
              publisher,
              new BlockSchedule(config.blockTime()),
              Pacer.sleeping(clock),
              clock,
              metrics,
              config.startBlock());
      follower.run(() -> !stopping && election.isLeader());
    } catch (PublisherFencedException e) {
      publishMetrics.fenced();
      LOG.warn("{}; standing by", e.getMessage());
    } catch (KafkaException e) {
      if (stopping) {
        return;
      }
      LOG.warn("publishing to Kafka failed: {}; resuming from the cursor", e.toString());
      Pacer.sleeping(clock).sleepUntil(clock.instant().plus(RETRY_PAUSE));
    }
  }
}
