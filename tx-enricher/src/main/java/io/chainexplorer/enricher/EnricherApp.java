package io.chainexplorer.enricher;

import io.chainexplorer.enricher.app.EnricherTopics;
import io.chainexplorer.enricher.app.StreamsSettings;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.EnricherSerdes;
import io.chainexplorer.enricher.topology.EnricherSettings;
import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running enricher: its topology in a {@link KafkaStreams} client with Streams' own metrics and
 * the topology's counters in the given registry; stops on {@link #close()} or a fatal error.
 */
public final class EnricherApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EnricherApp.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final EnricherSerdes serdes;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private EnricherApp(EnricherConfig config, MeterRegistry registry) {
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    try (Admin admin = Admin.create(StreamsSettings.admin(config))) {
      EnricherTopics.ensure(admin, topics);
    }
    serdes = EnricherSerdes.of(StreamsSettings.serde(config));
    streams =
        new KafkaStreams(
            EnricherTopology.build(
                new EnricherSettings(config.retractionWindowBlocks(), registry), topics, serdes),
            StreamsSettings.streams(config));
    streams.setUncaughtExceptionHandler(
        error -> {
          // transient errors exhausted their retries, or a bug: stop rather than skip data
          failure.compareAndSet(null, error);
          LOG.error("enricher stream thread failed, shutting down", error);
          return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    streams.setStateListener(
        (now, before) -> {
          if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
            stopped.countDown();
          }
        });
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
  }

  /** Creates missing topics, builds the topology and starts processing. */
  public static EnricherApp start(EnricherConfig config, MeterRegistry registry) {
    EnricherApp app = new EnricherApp(config, registry);
    app.streams.start();
    LOG.info(
        "enricher {} started on chain {} ({})",
        config.applicationId(),
        config.chainName(),
        config.processingGuarantee());
    return app;
  }

  /** True while the client runs or rebalances. */
  public boolean isHealthy() {
    KafkaStreams.State state = streams.state();
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Waits until the client stopped; true when it did within {@code timeout}. */
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The error that stopped the app, if one did. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure.get());
  }

  @Override
  public void close() {
    streams.close(CLOSE_TIMEOUT);
    streamsMetrics.close();
    serdes.close();
    stopped.countDown();
  }
}
