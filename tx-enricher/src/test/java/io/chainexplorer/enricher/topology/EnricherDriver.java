package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The enricher topology in a {@link TopologyTestDriver}: wall clock fixed at {@link #NOW}, a {@code
 * mock://} registry, typed inputs and outputs of chain {@code eth-test}.
 */
final class EnricherDriver implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  final TopicCatalogue topics = TopicCatalogue.forChain("eth-test");
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final TopicSerdes serdes =
      TopicSerdes.of(Map.of("schema.registry.url", "mock://enricher-topology-test"));
  final TopologyTestDriver driver;
  private final Path stateDir = stateDir();
  final TestInputTopic<Long, RawBlock> rawBlocks;
  final TestInputTopic<Long, BlockRetraction> retractions;
  final TestInputTopic<Long, RawBlock> confirmedRawBlocks;
  final TestInputTopic<byte[], byte[]> rawBlockBytes;
  final RecordedRawBlocks rawTopic = new RecordedRawBlocks(topics.rawBlocks().name());

  EnricherDriver() {
    this(EnricherSettings.DEFAULT_RETAINED_BLOCKS);
  }

  EnricherDriver(int retainedBlocks) {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "enricher-topology-test");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver =
        new TopologyTestDriver(
            EnricherTopology.build(
                new EnricherSettings(retainedBlocks, registry, rawTopic), topics, serdes),
            properties,
            NOW);
    rawBlocks =
        driver.createInputTopic(
            topics.rawBlocks().name(),
            new LongSerializer(),
            rawTopic.recording(serdes.value(topics.rawBlocks()).serializer()));
    retractions = input(topics.blockRetractions());
    confirmedRawBlocks = input(topics.confirmedRawBlocks());
    rawBlockBytes =
        driver.createInputTopic(
            topics.rawBlocks().name(),
            new ByteArraySerializer(),
            rawTopic.recording(new ByteArraySerializer()));
  }

  void pipe(RawBlock block) {
    rawBlocks.pipeInput(block.getBlockNumber(), block);
  }

  void retract(RawBlock block, String canonicalHash) {
    retractions.pipeInput(
        block.getBlockNumber(),
        BlockRetraction.newBuilder()
            .setBlockNumber(block.getBlockNumber())
            .setBlockHash(block.getBlockHash())
            .setBlockTimestamp(block.getBlockTimestamp())
            .setCanonicalBlockHash(canonicalHash)
            .setDepth(1)
            .setDetectedAt(NOW)
            .build());
  }

  <K, V> TestOutputTopic<K, V> output(TopicSpec<K, V> topic) {
    return driver.createOutputTopic(
        topic.name(), serdes.key(topic).deserializer(), serdes.value(topic).deserializer());
  }

  <K, V> List<K> keys(TopicSpec<K, V> topic) {
    return output(topic).readKeyValuesToList().stream().map(kv -> kv.key).toList();
  }

  double counter(String name, String tagKey, String tagValue) {
    var counter = registry.find(name).tag(tagKey, tagValue).counter();
    return counter == null ? 0 : counter.count();
  }

  private static Path stateDir() {
    try {
      return Files.createTempDirectory("enricher-driver");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <V> TestInputTopic<Long, V> input(TopicSpec<Long, V> topic) {
    return driver.createInputTopic(
        topic.name(), new LongSerializer(), serdes.value(topic).serializer());
  }

  @Override
  public void close() {
    driver.close();
    serdes.close();
    try (Stream<java.nio.file.Path> paths = Files.walk(stateDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
