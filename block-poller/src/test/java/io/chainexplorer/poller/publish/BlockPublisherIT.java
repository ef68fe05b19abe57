package io.chainexplorer.poller.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.chain.ChainStep;
import io.chainexplorer.poller.chain.TestBlocks;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class BlockPublisherIT {

  private static final AtomicInteger CHAINS = new AtomicInteger();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Clock clock = Clock.systemUTC();

  @Test
  void shouldPublishBlocksAndCursorTogetherWhenCommitted(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = config(kafka, registry, "pub-commit");
    TopicCatalogue topics = ensureTopics(kafka, config);
    LinearChain chain = new LinearChain("a", List.of(), clock);

    try (BlockPublisher publisher = BlockPublisher.open(config, topics, clock)) {
      for (ChainStep step : chain.next(40)) {
        publisher.publish(step);
      }
      // 40 transactions take 80 offsets of the cursor topic: more than the first look-back.
      assertThat(publisher.recoverCursor()).map(PollerCursor::getBlockNumber).hasValue(39L);
    }

    assertThat(blockNumbers(kafka, config, topics))
        .containsExactlyElementsOf(LongStream.range(0, 40).boxed().toList());
    List<ConsumerRecord<String, PollerCursor>> cursors = cursors(kafka, config, topics);
    assertThat(cursors).hasSize(40);
    PollerCursor last = cursors.get(39).value();
    assertThat(cursors.get(39).key()).isEqualTo(config.chainName());
    assertThat(last.getBlockNumber()).isEqualTo(39);
    assertThat(last.getBlockHash()).isEqualTo(TestBlocks.hash("a", 39));
    assertThat(last.getRecentBlocks()).hasSize(40);
    // The chain confirms at depth 3: block n reaches the cold layer with block n + 3.
    assertThat(confirmedNumbers(kafka, config, topics))
        .containsExactlyElementsOf(LongStream.rangeClosed(0, 36).boxed().toList());
  }

  @Test
  void shouldHideAnAbortedStepFromReadCommittedConsumersAndTheCursor(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = config(kafka, registry, "pub-abort");
    TopicCatalogue topics = ensureTopics(kafka, config);
    LinearChain chain = new LinearChain("a", List.of(), clock);
    List<ChainStep> steps = chain.next(3);

    PublishMetrics metrics = new PublishMetrics();
    try (BlockPublisher publisher = BlockPublisher.open(config, topics, clock, metrics)) {
      publisher.publish(steps.get(0));
      publisher.publish(steps.get(1));
      ChainStep oversized = withOversizedBlock(steps.get(2));
      assertThatThrownBy(() -> publisher.publish(oversized)).isInstanceOf(KafkaException.class);
      // The producer stays usable after the abort: the step is published again, once.
      publisher.publish(steps.get(2));
      assertThat(publisher.recoverCursor()).map(PollerCursor::getBlockNumber).hasValue(2L);
    }

    assertThat(blockNumbers(kafka, config, topics)).containsExactly(0L, 1L, 2L);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    metrics.bindTo(meters);
    assertThat(
            meters
                .get("chainexplorer.poller.transactions")
                .tag("outcome", "committed")
                .functionCounter()
                .count())
        .isEqualTo(3.0);
    assertThat(
            meters
                .get("chainexplorer.poller.transactions")
                .tag("outcome", "aborted")
                .functionCounter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void shouldFenceTheOldInstanceAndResumeFromTheCursorWithoutGapOrDuplicate(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = config(kafka, registry, "pub-resume");
    TopicCatalogue topics = ensureTopics(kafka, config);
    LinearChain first = new LinearChain("a", List.of(), clock);
    BlockPublisher zombie = BlockPublisher.open(config, topics, clock);
    for (ChainStep step : first.next(4)) {
      zombie.publish(step);
    }
    ChainStep late = first.next(1).get(0);

    try (BlockPublisher successor = BlockPublisher.open(config, topics, clock)) {
      PollerCursor cursor = successor.recoverCursor().orElseThrow();
      assertThatThrownBy(() -> zombie.publish(late)).isInstanceOf(PublisherFencedException.class);
      LinearChain resumed = new LinearChain("a", BlockPublisher.window(cursor), clock);
      for (ChainStep step : resumed.next(4)) {
        successor.publish(step);
      }
    } finally {
      zombie.close();
    }

    assertThat(blockNumbers(kafka, config, topics))
        .containsExactlyElementsOf(LongStream.range(0, 8).boxed().toList());
    assertThat(confirmedNumbers(kafka, config, topics))
        .containsExactlyElementsOf(LongStream.rangeClosed(0, 4).boxed().toList());
  }

  @Test
  void shouldKeepTwoChainsApartOnOneBroker(KafkaEndpoint kafka, SchemaRegistryEndpoint registry)
      throws Exception {
    PollerConfig one = config(kafka, registry, "pub-one");
    PollerConfig two = config(kafka, registry, "pub-two");
    TopicCatalogue oneTopics = ensureTopics(kafka, one);
    TopicCatalogue twoTopics = ensureTopics(kafka, two);

    try (BlockPublisher first = BlockPublisher.open(one, oneTopics, clock);
        BlockPublisher second = BlockPublisher.open(two, twoTopics, clock)) {
      for (ChainStep step : new LinearChain("a", List.of(), clock).next(3)) {
        first.publish(step);
      }
      for (ChainStep step : new LinearChain("b", List.of(), clock).next(2)) {
        second.publish(step);
      }
      assertThat(first.recoverCursor()).map(PollerCursor::getBlockNumber).hasValue(2L);
      assertThat(second.recoverCursor()).map(PollerCursor::getBlockNumber).hasValue(1L);
    }

    assertThat(blockHashes(kafka, one, oneTopics))
        .containsExactly(TestBlocks.hash("a", 0), TestBlocks.hash("a", 1), TestBlocks.hash("a", 2));
    assertThat(blockHashes(kafka, two, twoTopics))
        .containsExactly(TestBlocks.hash("b", 0), TestBlocks.hash("b", 1));
  }

  private static ChainStep withOversizedBlock(ChainStep step) {
    RawBlock block =
        RawBlock.newBuilder(step.tip()).setExtraData("0x" + "ab".repeat(9 << 20)).build();
    return new ChainStep(step.retractions(), List.of(block), step.window(), step.confirmed(), 0);
  }

  static PollerConfig config(KafkaEndpoint kafka, SchemaRegistryEndpoint registry, String name) {
    return new PollerConfig(
        Map.of(
            PollerConfig.CHAIN_NAME,
                name + "-" + CHAINS.incrementAndGet() + "-" + System.nanoTime() % 100_000,
            PollerConfig.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
            PollerConfig.SCHEMA_REGISTRY_URL, registry.confluentApiUrl()));
  }

  static TopicCatalogue ensureTopics(KafkaEndpoint kafka, PollerConfig config) {
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    try (Admin admin = kafka.admin()) {
      PollerTopics.ensure(admin, topics);
    }
    return topics;
  }

  static List<ConsumerRecord<Long, RawBlock>> blocks(
      KafkaEndpoint kafka, PollerConfig config, TopicCatalogue topics) {
    try (SpecificAvroSerde<RawBlock> serde = new SpecificAvroSerde<>(RawBlock.class)) {
      serde.configure(config.serdeConfig(), false);
      return kafka.readCommitted(
          topics.rawBlocks().name(), new LongDeserializer(), serde.deserializer(), TIMEOUT);
    }
  }

  static List<Long> confirmedNumbers(
      KafkaEndpoint kafka, PollerConfig config, TopicCatalogue topics) {
    try (SpecificAvroSerde<RawBlock> serde = new SpecificAvroSerde<>(RawBlock.class)) {
      serde.configure(config.serdeConfig(), false);
      return kafka
          .readCommitted(
              topics.confirmedRawBlocks().name(),
              new LongDeserializer(),
              serde.deserializer(),
              TIMEOUT)
          .stream()
          .map(ConsumerRecord::key)
          .toList();
    }
  }

  static List<Long> blockNumbers(KafkaEndpoint kafka, PollerConfig config, TopicCatalogue topics) {
    return blocks(kafka, config, topics).stream().map(ConsumerRecord::key).toList();
  }

  private static List<String> blockHashes(
      KafkaEndpoint kafka, PollerConfig config, TopicCatalogue topics) {
    return blocks(kafka, config, topics).stream().map(r -> r.value().getBlockHash()).toList();
  }

  private static List<ConsumerRecord<String, PollerCursor>> cursors(
      KafkaEndpoint kafka, PollerConfig config, TopicCatalogue topics) {
    try (SpecificAvroSerde<PollerCursor> serde = new SpecificAvroSerde<>(PollerCursor.class)) {
      serde.configure(config.serdeConfig(), false);
      return kafka.readCommitted(
          topics.pollerCursor().name(), new StringDeserializer(), serde.deserializer(), TIMEOUT);
    }
  }
}
