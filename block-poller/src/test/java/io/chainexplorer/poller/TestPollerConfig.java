package io.chainexplorer.poller;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A poller configuration of a chain of its own on a test's Kafka and Schema Registry. */
public final class TestPollerConfig {

  private static final AtomicInteger CHAINS = new AtomicInteger();

  private TestPollerConfig() {}

  /**
   * A fresh chain named after {@code name}: 1 s blocks, 2 confirmations, polling from {@code
   * startBlock}, a transactional id of its own named after {@code suffix}.
   */
  public static PollerConfig of(
      KafkaEndpoint kafka,
      SchemaRegistryEndpoint registry,
      String name,
      String suffix,
      long startBlock) {
    return new PollerConfig(
        Map.of(
            PollerConfig.CHAIN_NAME,
            name + "-" + CHAINS.incrementAndGet() + "-" + System.nanoTime() % 100_000,
            PollerConfig.KAFKA_BOOTSTRAP_SERVERS,
            kafka.bootstrapServers(),
            PollerConfig.SCHEMA_REGISTRY_URL,
            registry.confluentApiUrl(),
            PollerConfig.BLOCK_TIME_MS,
            "1000",
            PollerConfig.CONFIRMATIONS,
            "2",
            PollerConfig.START_BLOCK,
            Long.toString(startBlock),
            PollerConfig.PUBLISH_TRANSACTIONAL_ID,
            "it-" + suffix + "-" + System.nanoTime()));
  }
}
