package io.chainexplorer.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class PollerAppIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static EmbeddedAnvil anvil;

  @BeforeAll
  static void startAnvil() {
    anvil = EmbeddedAnvil.start();
  }

  @AfterAll
  static void stopAnvil() {
    anvil.close();
  }

  @Test
  void shouldPublishTheCanonicalChainOfAnvilThroughReorgsOfDepth1To20(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = config(kafka, registry, "anvil-reorgs", "reorg");
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    long start = head();

    try (PollerApp app =
        PollerApp.start(config, new AnvilBlockSource(anvil.rpcUrl()), meters, Clock.systemUTC())) {
      for (int depth : new int[] {1, 3, 20, 2, 7}) {
        awaitHeight(start + 22);
        sendTransfers(3);
        awaitPublished(meters, head());
        anvil.rpc().call("anvil_reorg", depth, List.of());
        start = head() - 20;
      }
      long tip = head() + 2;
      awaitPublished(meters, tip);
      assertThat(app.isHealthy()).isTrue();
      assertOutputsEqualAnvil(kafka, config, tip);
    }
    // The depth-20 reorg lands in the 17..32 bucket.
    assertThat(meters.find("chainexplorer.poller.reorgs").tag("depth", "32").functionCounter())
        .extracting(FunctionCounter::count)
        .isEqualTo(1.0);
    double reorgs =
        meters.find("chainexplorer.poller.reorgs").functionCounters().stream()
            .mapToDouble(FunctionCounter::count)
            .sum();
    // A reorg of blocks the poller had not fetched yet is invisible to it, as it should be.
    assertThat(reorgs).isBetween(3.0, 5.0);
  }

  @Test
  void shouldStopWithTheReasonWhenSomethingUnexpectedFailsInThePollingThread(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = config(kafka, registry, "anvil-unexpected", "unexpected");
    BlockSource broken =
        new BlockSource() {
          @Override
          public Optional<RawBlock> blockByNumber(long number) {
            throw new ArithmeticException("long overflow");
          }

          @Override
          public long headNumber() {
            throw new ArithmeticException("long overflow");
          }
        };

    try (PollerApp app =
        PollerApp.start(config, broken, new SimpleMeterRegistry(), Clock.systemUTC())) {
      assertThat(app.awaitTermination(Duration.ofSeconds(60))).isTrue();

      assertThat(app.isHealthy()).isFalse();
      assertThat(app.failure()).get().isInstanceOf(ArithmeticException.class);
    }
  }

  @Test
  void shouldHandOverToTheStandbyWithoutGapOrDuplicate(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = config(kafka, registry, "anvil-standby", "standby");
    SimpleMeterRegistry firstMeters = new SimpleMeterRegistry();
    SimpleMeterRegistry secondMeters = new SimpleMeterRegistry();
    AnvilBlockSource source = new AnvilBlockSource(anvil.rpcUrl());

    PollerApp first = PollerApp.start(config, source, firstMeters, Clock.systemUTC());
    try (PollerApp second = PollerApp.start(config, source, secondMeters, Clock.systemUTC())) {
      awaitPublished(firstMeters, head() + 3);
      assertThat(published(secondMeters)).isNegative();
      assertThat(leader(firstMeters)).isEqualTo(1.0);
      assertThat(leader(secondMeters)).isZero();

      first.close();
      long handedOver = head();

      awaitPublished(secondMeters, handedOver + 3);
      assertThat(leader(secondMeters)).isEqualTo(1.0);
      long tip = head();
      awaitPublished(secondMeters, tip);
      assertOutputsEqualAnvil(kafka, config, tip);
    } finally {
      first.close();
    }
  }

  @Test
  void shouldRunTwoChainsOnOneBrokerWithoutClash(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig one = defaultTransactionalId(config(kafka, registry, "chain-one", "one"));
    PollerConfig two = defaultTransactionalId(config(kafka, registry, "chain-two", "two"));
    SimpleMeterRegistry oneMeters = new SimpleMeterRegistry();
    SimpleMeterRegistry twoMeters = new SimpleMeterRegistry();
    AnvilBlockSource source = new AnvilBlockSource(anvil.rpcUrl());

    try (PollerApp first = PollerApp.start(one, source, oneMeters, Clock.systemUTC());
        PollerApp second = PollerApp.start(two, source, twoMeters, Clock.systemUTC())) {
      long tip = head() + 2;
      awaitPublished(oneMeters, tip);
      awaitPublished(twoMeters, tip);

      assertThat(first.isHealthy()).isTrue();
      assertThat(second.isHealthy()).isTrue();
      assertOutputsEqualAnvil(kafka, one, tip);
      assertOutputsEqualAnvil(kafka, two, tip);
      assertConfirmedEqualAnvil(kafka, one, tip - 2);
    }
  }

  /** Without reorgs the cold layer's topic holds each block once, confirmations deep, in order. */
  private static void assertConfirmedEqualAnvil(
      KafkaEndpoint kafka, PollerConfig config, long confirmedTip) {
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    try (SpecificAvroSerde<RawBlock> blocks = new SpecificAvroSerde<>(RawBlock.class)) {
      blocks.configure(Map.of("schema.registry.url", config.schemaRegistryUrl()), false);
      List<ConsumerRecord<Long, RawBlock>> confirmed =
          kafka.readCommitted(
              topics.confirmedRawBlocks().name(),
              new LongDeserializer(),
              blocks.deserializer(),
              TIMEOUT);
      long first = confirmed.get(0).key();
      List<String> hashes =
          confirmed.stream()
              .filter(r -> r.key() <= confirmedTip)
              .map(r -> r.value().getBlockHash())
              .toList();
      assertThat(confirmed.stream().map(ConsumerRecord::key).filter(k -> k <= confirmedTip))
          .containsExactlyElementsOf(LongStream.rangeClosed(first, confirmedTip).boxed().toList());
      assertThat(hashes).isEqualTo(canonicalHashes(first, confirmedTip));
    }
  }

  private static PollerConfig defaultTransactionalId(PollerConfig config) {
    Map<String, Object> values = new HashMap<>(config.originals());
    values.remove(PollerConfig.PUBLISH_TRANSACTIONAL_ID);
    return new PollerConfig(values);
  }

  private static void assertOutputsEqualAnvil(KafkaEndpoint kafka, PollerConfig config, long tip) {
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    Map<String, Object> serde = Map.of("schema.registry.url", config.schemaRegistryUrl());
    try (SpecificAvroSerde<RawBlock> blocks = new SpecificAvroSerde<>(RawBlock.class);
        SpecificAvroSerde<BlockRetraction> retractions =
            new SpecificAvroSerde<>(BlockRetraction.class)) {
      blocks.configure(serde, false);
      retractions.configure(serde, false);
      List<ConsumerRecord<Long, RawBlock>> published =
          kafka.readCommitted(
              topics.rawBlocks().name(), new LongDeserializer(), blocks.deserializer(), TIMEOUT);
      List<ConsumerRecord<Long, BlockRetraction>> retracted =
          kafka.readCommitted(
              topics.blockRetractions().name(),
              new LongDeserializer(),
              retractions.deserializer(),
              TIMEOUT);
      long first = published.get(0).key();
      List<ConsumerRecord<Long, RawBlock>> upToTip =
          published.stream().filter(r -> r.key() <= tip).toList();
      CanonicalCheck.assertCanonical(upToTip, retracted, canonicalHashes(first, tip), first);
    }
  }

  private static List<String> canonicalHashes(long from, long to) {
    return LongStream.rangeClosed(from, to)
        .mapToObj(n -> anvil.rpc().call("eth_getBlockByNumber", "0x" + Long.toHexString(n), false))
        .map(block -> block.get("hash").asText())
        .toList();
  }

  private static void sendTransfers(int count) {
    List<String> accounts = new ArrayList<>();
    anvil.rpc().call("eth_accounts").forEach(a -> accounts.add(a.asText()));
    for (int i = 0; i < count; i++) {
      Map<String, String> tx = new HashMap<>();
      tx.put("from", accounts.get(i % 3));
      tx.put("to", accounts.get(5));
      tx.put("value", "0x" + Long.toHexString(1_000 + i));
      anvil.rpc().call("eth_sendTransaction", tx);
    }
  }

  private static long head() {
    return Long.decode(anvil.rpc().call("eth_blockNumber").asText());
  }

  private static void awaitHeight(long height) {
    await().atMost(Duration.ofSeconds(60)).until(() -> head() >= height);
  }

  private static void awaitPublished(SimpleMeterRegistry meters, long height) {
    await().atMost(Duration.ofSeconds(60)).until(() -> published(meters) >= height);
  }

  private static double leader(SimpleMeterRegistry meters) {
    return meters.get("chainexplorer.poller.leader").gauge().value();
  }

  private static double published(SimpleMeterRegistry meters) {
    Gauge gauge = meters.find("chainexplorer.poller.block.last.published").gauge();
    return gauge == null ? -1 : gauge.value();
  }

  private static PollerConfig config(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, String name, String suffix) {
    return TestPollerConfig.of(kafka, registry, name, suffix, 0);
  }
}
