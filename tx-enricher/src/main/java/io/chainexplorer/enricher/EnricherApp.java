package io.chainexplorer.enricher;

import io.chainexplorer.enricher.app.EnricherTopics;
import io.chainexplorer.enricher.app.KafkaRawBlockSource;
import io.chainexplorer.enricher.app.StreamsSettings;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.EnricherSettings;
import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.platform.streams.StreamsApp;
import io.chainexplorer.platform.streams.StreamsLifecycle;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running enricher: its topology in a {@link KafkaStreams} client with Streams' own metrics and
 * the topology's counters in the given registry; stops on {@link #close()} or a fatal error.
 */
public final class EnricherApp implements StreamsApp {

  private static final Logger LOG = LoggerFactory.getLogger(EnricherApp.class);
  private final StreamsLifecycle lifecycle;

  private EnricherApp(EnricherConfig config, MeterRegistry registry) {
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      EnricherTopics.ensure(admin, topics);
    }
    TopicSerdes serdes = TopicSerdes.of(config.serdeConfig());
    KafkaRawBlockSource rawBlocks = KafkaRawBlockSource.of(config);
    KafkaStreams streams =
        new KafkaStreams(
            EnricherTopology.build(
                new EnricherSettings(
                    config.retractionWindowBlocks(),
                    registry,
                    rawBlocks,
                    config.chainId().orElse(0L)),
                topics,
                serdes),
            StreamsSettings.streams(config));
    lifecycle =
        new StreamsLifecycle(
            "enricher",
            streams,
            registry,
            () -> {
              rawBlocks.close();
              serdes.close();
            });
  }

  /** Creates missing topics, builds the topology and starts processing. */
  public static EnricherApp start(EnricherConfig config, MeterRegistry registry) {
    EnricherApp app = new EnricherApp(config, registry);
    app.lifecycle.start();
    LOG.info(
        "enricher {} started on chain {} ({})",
        config.applicationId(),
        config.chainName(),
        config.processingGuarantee());
    return app;
  }

  @Override
  public boolean isHealthy() {
    return lifecycle.isHealthy();
  }

  public KafkaStreams.State state() {
    return lifecycle.state();
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return lifecycle.awaitTermination(timeout);
  }

  @Override
  public Optional<Throwable> failure() {
    return lifecycle.failure();
  }

  @Override
  public void close() {
    lifecycle.close();
  }
}
