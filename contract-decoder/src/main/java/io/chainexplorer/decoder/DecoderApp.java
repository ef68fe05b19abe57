package io.chainexplorer.decoder;

import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.decoder.sources.UserAbiPublisher;
import io.chainexplorer.decoder.topology.DecoderSettings;
import io.chainexplorer.decoder.topology.DecoderTopics;
import io.chainexplorer.decoder.topology.DecoderTopology;
import io.chainexplorer.platform.streams.StreamsApp;
import io.chainexplorer.platform.streams.StreamsLifecycle;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running decoder: its topology in a {@link KafkaStreams} client (exactly_once_v2 unless
 * configured otherwise) with Streams' metrics and the decoder's counters in the given registry;
 * ABIs of {@code abi.dir} published to the user-ABI topic at start; stops on {@link #close()} or a
 * fatal error.
 */
public final class DecoderApp implements StreamsApp {

  private static final Logger LOG = LoggerFactory.getLogger(DecoderApp.class);

  private final StreamsLifecycle lifecycle;

  private DecoderApp(DecoderConfig config, MeterRegistry registry) throws InterruptedException {
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      DecoderTopics.ensure(admin, topics);
    }
    Optional<Path> abiDir = config.abiDir();
    if (abiDir.isPresent()) {
      publishAbiDirectory(config, topics, abiDir.get());
    }
    TopicSerdes serdes = TopicSerdes.of(config.serdeConfig());
    Properties properties = new Properties();
    properties.putAll(config.kafkaStreamsProperties());
    KafkaStreams streams =
        new KafkaStreams(
            DecoderTopology.build(
                new DecoderSettings(registry, Clock.systemUTC(), config.chainId().orElse(0L)),
                topics,
                serdes),
            properties);
    lifecycle = new StreamsLifecycle("decoder", streams, registry, serdes::close);
  }

  /** Creates missing topics, publishes the ABI directory, builds the topology and starts. */
  public static DecoderApp start(DecoderConfig config, MeterRegistry registry)
      throws InterruptedException {
    DecoderApp app = new DecoderApp(config, registry);
    app.lifecycle.start();
    LOG.info(
        "decoder {} started on chain {} ({})",
        config.applicationId(),
        config.chainName(),
        config.processingGuarantee());
    return app;
  }

  @Override
  public boolean isHealthy() {
    return lifecycle.isHealthy();
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

  private static void publishAbiDirectory(DecoderConfig config, TopicCatalogue topics, Path dir)
      throws InterruptedException {
    Map<String, String> abis;
    try {
      abis = UserAbiPublisher.readDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read abi.dir " + dir, e);
    }
    UserAbiPublisher.publish(config.kafkaClientProperties(), topics.userAbis(), abis);
    LOG.info("published {} user ABIs from abi.dir", abis.size());
  }
}
