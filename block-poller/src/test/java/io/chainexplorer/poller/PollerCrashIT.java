package io.chainexplorer.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.embedded.ChildProcess;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the poller process mid-stream, twice, then a restart: no gap, no duplicate. */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class PollerCrashIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir Path workDir;

  @Test
  void shouldResumeWithoutGapOrDuplicateWhenKilledMidStream(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "crash-" + System.nanoTime() % 1_000_000;
    Map<String, String> settings = settings(kafka, registry, chain);
    TopicCatalogue topics = TopicCatalogue.forChain(chain);

    try (EmbeddedAnvil anvil = EmbeddedAnvil.start()) {
      int expected = 0;
      for (int run = 1; run <= 3; run++) {
        try (ChildProcess poller = startPoller(anvil, settings, "run-" + run)) {
          expected += 4;
          awaitBlocks(kafka, topics, registry, expected, TIMEOUT);
          if (run < 3) {
            poller.kill();
          }
        }
      }
      assertNoGapNoDuplicate(anvil, readBlocks(kafka, topics, registry));
    }
  }

  @Test
  void shouldHandOverToTheStandbyWithin30SecondsWhenTheLeaderIsKilled(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "standby-" + System.nanoTime() % 1_000_000;
    Map<String, String> settings = settings(kafka, registry, chain);
    TopicCatalogue topics = TopicCatalogue.forChain(chain);

    try (EmbeddedAnvil anvil = EmbeddedAnvil.start();
        ChildProcess leader = startPoller(anvil, settings, "leader")) {
      awaitBlocks(kafka, topics, registry, 4, TIMEOUT);
      try (ChildProcess standby = startPoller(anvil, settings, "standby")) {
        awaitBlocks(kafka, topics, registry, 8, TIMEOUT);
        leader.kill();
        int published = readBlocks(kafka, topics, registry).size();
        long killedAt = System.nanoTime();

        awaitBlocks(kafka, topics, registry, published + 3, Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - killedAt))
            .isLessThan(Duration.ofSeconds(30));
        assertThat(standby.isAlive()).isTrue();
      }
      assertNoGapNoDuplicate(anvil, readBlocks(kafka, topics, registry));
    }
  }

  private static void assertNoGapNoDuplicate(
      EmbeddedAnvil anvil, List<ConsumerRecord<Long, RawBlock>> blocks) {
    long tip = blocks.get(blocks.size() - 1).key();
    assertThat(blocks)
        .extracting(ConsumerRecord::key)
        .containsExactlyElementsOf(LongStream.rangeClosed(0, tip).boxed().toList());
    List<String> canonical = new ArrayList<>();
    for (long n = 0; n <= tip; n++) {
      canonical.add(
          anvil
              .rpc()
              .call("eth_getBlockByNumber", "0x" + Long.toHexString(n), false)
              .get("hash")
              .asText());
    }
    List<ConsumerRecord<Long, BlockRetraction>> none = List.of();
    CanonicalCheck.assertCanonical(blocks, none, canonical, 0);
  }

  private static Map<String, String> settings(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, String chain) {
    return Map.of(
        PollerConfig.CHAIN_NAME, chain,
        PollerConfig.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        PollerConfig.SCHEMA_REGISTRY_URL, registry.confluentApiUrl(),
        PollerConfig.BLOCK_TIME_MS, "1000",
        PollerConfig.CONFIRMATIONS, "2",
        PollerConfig.START_BLOCK, "0",
        PollerConfig.METRICS_PORT, "0");
  }

  private ChildProcess startPoller(EmbeddedAnvil anvil, Map<String, String> settings, String name) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PollerProcess.class.getName());
    command.add(anvil.rpcUrl().toString());
    settings.forEach((key, value) -> command.add(key + "=" + value));
    return ChildProcess.start(
        "poller-" + name, command, workDir, workDir.resolve("poller-" + name + ".log"));
  }

  private static void awaitBlocks(
      KafkaEndpoint kafka,
      TopicCatalogue topics,
      SchemaRegistryEndpoint registry,
      int count,
      Duration timeout)
      throws Exception {
    try (SpecificAvroSerde<RawBlock> serde = serde(registry)) {
      await().atMost(TIMEOUT).until(() -> topicExists(kafka, topics));
      kafka.awaitCommitted(
          topics.rawBlocks().name(), new LongDeserializer(), serde.deserializer(), count, timeout);
    }
  }

  private static boolean topicExists(KafkaEndpoint kafka, TopicCatalogue topics) throws Exception {
    try (var admin = kafka.admin()) {
      return admin.listTopics().names().get().contains(topics.rawBlocks().name());
    }
  }

  private static List<ConsumerRecord<Long, RawBlock>> readBlocks(
      KafkaEndpoint kafka, TopicCatalogue topics, SchemaRegistryEndpoint registry) {
    try (SpecificAvroSerde<RawBlock> serde = serde(registry)) {
      return kafka.readCommitted(
          topics.rawBlocks().name(), new LongDeserializer(), serde.deserializer(), TIMEOUT);
    }
  }

  private static SpecificAvroSerde<RawBlock> serde(SchemaRegistryEndpoint registry) {
    SpecificAvroSerde<RawBlock> serde = new SpecificAvroSerde<>(RawBlock.class);
    serde.configure(Map.of("schema.registry.url", registry.confluentApiUrl()), false);
    return serde;
  }
}
