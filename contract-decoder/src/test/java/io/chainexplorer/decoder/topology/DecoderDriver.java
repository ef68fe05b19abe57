package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The decoder topology in a {@link TopologyTestDriver}: wall clock and dead-letter clock fixed at
 * {@link #NOW}, a {@code mock://} registry, typed inputs and outputs of chain {@code eth-test}.
 */
final class DecoderDriver implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  final TopicCatalogue topics = TopicCatalogue.forChain("eth-test");
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final TopicSerdes serdes =
      TopicSerdes.of(Map.of("schema.registry.url", "mock://decoder-topology-test"));
  final TopologyTestDriver driver;
  final TestInputTopic<String, Transaction> transactions;
  final TestInputTopic<String, Log> logs;
  final TestInputTopic<String, String> userAbis;
  final TestInputTopic<byte[], byte[]> transactionBytes;

  DecoderDriver() {
    this(0);
  }

  /** A decoder whose namespace is chain id {@code chainId} (0: not checked). */
  DecoderDriver(long chainId) {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "decoder-topology-test");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir());
    DecoderSettings settings =
        new DecoderSettings(registry, Clock.fixed(NOW, ZoneOffset.UTC), chainId);
    driver =
        new TopologyTestDriver(DecoderTopology.build(settings, topics, serdes), properties, NOW);
    transactions = input(topics.transactions());
    logs = input(topics.logs());
    userAbis =
        driver.createInputTopic(
            topics.userAbis().name(), new StringSerializer(), new StringSerializer());
    transactionBytes =
        driver.createInputTopic(
            topics.transactions().name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  void pipe(Transaction tx) {
    transactions.pipeInput(tx.getHash(), tx);
  }

  void pipe(Log log) {
    logs.pipeInput(log.getTransactionHash() + ":" + log.getLogIndex(), log);
  }

  void publishAbi(String address, String json) {
    userAbis.pipeInput(address, json);
  }

  <K, V> TestOutputTopic<K, V> output(TopicSpec<K, V> topic) {
    return driver.createOutputTopic(
        topic.name(), serdes.key(topic).deserializer(), serdes.value(topic).deserializer());
  }

  /** The sum of every counter of this name with these tags, whatever their other tags. */
  double total(String name, String... tags) {
    return registry.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  double counter(String name, String... tags) {
    var counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  private static String stateDir() {
    try {
      return Files.createTempDirectory("decoder-driver").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <V> TestInputTopic<String, V> input(TopicSpec<String, V> topic) {
    return driver.createInputTopic(
        topic.name(), new StringSerializer(), serdes.value(topic).serializer());
  }

  @Override
  public void close() {
    driver.close();
    serdes.close();
  }
}
