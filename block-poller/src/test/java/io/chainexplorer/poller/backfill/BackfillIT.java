package io.chainexplorer.poller.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.embedded.ChildProcess;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.poller.PollerSources;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.rpc.Sleeper;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Backfill from anvil through the stub with three keys into the real broker and registry. */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class BackfillIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final int MINED = 450;

  private static EmbeddedAnvil anvil;
  private static JsonRpcStub stub;

  @TempDir Path workDir;

  @BeforeAll
  static void startChain() {
    anvil = EmbeddedAnvil.builder().manualMining().start();
    anvil.rpc().call("anvil_mine", "0x" + Integer.toHexString(MINED));
    stub = JsonRpcStub.proxying(anvil.rpcUrl());
  }

  @AfterAll
  static void stopChain() {
    stub.close();
    anvil.close();
  }

  @Test
  void shouldPublishExactlyTheRangeInOrderAcrossThreeKeys(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "backfill-" + System.nanoTime() % 1_000_000;
    DefaultKeyPool pool = StubKeys.pool(StubKeys.template(stub.url("k")), 10_000);
    stub.resetCounters();

    new BackfillJob(
            new PollerConfig(settings(kafka, registry, chain)),
            new BackfillRange(20, 260),
            Clock.systemUTC())
        .run(
            StubKeys.source(pool),
            new OrderedBackfill.Sizing(6, 24, 8),
            Sleeper.SYSTEM,
            BackfillListener.NONE);

    assertExactly(readBlocks(kafka, registry, chain, false), 20, 260);
    assertExactly(readBlocks(kafka, registry, chain, true), 20, 260);
    for (String secret : StubKeys.SECRETS) {
      assertThat(stub.exchanges(secret)).isPositive();
    }
    assertThat(stub.callsOf("eth_getBlockByNumber")).isEqualTo(241);
    assertThat(stub.callsOf("eth_getBlockReceipts")).isEqualTo(241);
  }

  @Test
  void shouldFollowARangeInsideTheReorgWindowUntilItHasLeftItAndThenPublishIt(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "backfill-" + System.nanoTime() % 1_000_000;
    DefaultKeyPool pool = StubKeys.pool(StubKeys.template(stub.url("k")), 10_000);
    long to = Long.decode(anvil.rpc().call("eth_blockNumber").asText());
    PollerConfig config = new PollerConfig(settings(kafka, registry, chain));
    BackfillJob job = new BackfillJob(config, new BackfillRange(to - 3, to), Clock.systemUTC());
    stub.resetCounters();

    CompletableFuture<Optional<Long>> done =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return job.run(
                    StubKeys.source(pool),
                    new OrderedBackfill.Sizing(2, 4, 2),
                    duration -> Thread.sleep(50),
                    BackfillListener.NONE);
              } catch (Exception e) {
                throw new CompletionException(e);
              }
            });
    await("following the head").atMost(TIMEOUT).until(() -> stub.callsOf("eth_blockNumber") >= 3);
    assertThat(done).as("still inside the reorg window").isNotDone();
    assertThat(stub.callsOf("eth_getBlockByNumber")).as("nothing fetched yet").isZero();

    anvil.rpc().call("anvil_mine", "0x" + Integer.toHexString(config.reorgWindowBlocks()));

    assertThat(done.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).contains(to - 3);
    assertExactly(readBlocks(kafka, registry, chain, false), to - 3, to);
    assertExactly(readBlocks(kafka, registry, chain, true), to - 3, to);
  }

  @Test
  void shouldRefuseANodeOfAnotherChainInANamespaceHoldingThisChainsBlocks(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "backfill-" + System.nanoTime() % 1_000_000;
    DefaultKeyPool pool = StubKeys.pool(StubKeys.template(stub.url("k")), 10_000);
    new BackfillJob(
            new PollerConfig(settings(kafka, registry, chain)),
            new BackfillRange(1, 3),
            Clock.systemUTC())
        .run(
            StubKeys.source(pool),
            new OrderedBackfill.Sizing(2, 4, 2),
            Sleeper.SYSTEM,
            BackfillListener.NONE);

    try (EmbeddedAnvil other = EmbeddedAnvil.builder().chainId(5).manualMining().start()) {
      Map<String, String> settings = new HashMap<>(settings(kafka, registry, chain));
      settings.put(PollerConfig.RPC_URLS, other.rpcUrl().toString());
      PollerConfig config = new PollerConfig(settings);

      assertThatThrownBy(
              () ->
                  PollerSources.open(
                      config, Map.of(), Clock.systemUTC(), new SimpleMeterRegistry()))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("serve chain id 5")
          .hasMessageContaining("namespace " + chain)
          .hasMessageContaining("chain id 31337");
    }
    assertExactly(readBlocks(kafka, registry, chain, false), 1, 3);
  }

  @Test
  void shouldResumeWithoutGapOrDuplicateWhenKilledMidRange(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "backfill-" + System.nanoTime() % 1_000_000;
    Map<String, String> settings = settings(kafka, registry, chain);
    String template = StubKeys.template(stub.url("k"));
    String rawBlocks = TopicCatalogue.forChain(chain).rawBlocks().name();

    try (ChildProcess first = startBackfill(template, "10", settings, "first");
        SpecificAvroSerde<RawBlock> serde = serde(registry)) {
      await().atMost(TIMEOUT).until(() -> topicExists(kafka, rawBlocks));
      kafka.awaitCommitted(rawBlocks, new LongDeserializer(), serde.deserializer(), 40, TIMEOUT);
      first.kill();
    }
    int beforeResume = readBlocks(kafka, registry, chain, false).size();
    assertThat(beforeResume).isLessThan(301);

    try (ChildProcess second = startBackfill(template, "10000", settings, "second")) {
      assertThat(second.process().waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
      assertThat(second.process().exitValue()).isZero();
    }

    assertExactly(readBlocks(kafka, registry, chain, false), 0, 300);
  }

  private static boolean topicExists(KafkaEndpoint kafka, String topic) throws Exception {
    try (var admin = kafka.admin()) {
      return admin.listTopics().names().get().contains(topic);
    }
  }

  private static void assertExactly(
      List<ConsumerRecord<Long, RawBlock>> records, long from, long to) {
    assertThat(records)
        .extracting(ConsumerRecord::key)
        .containsExactlyElementsOf(LongStream.rangeClosed(from, to).boxed().toList());
    assertThat(records).allSatisfy(r -> assertThat(r.value().getBlockNumber()).isEqualTo(r.key()));
    for (int i = 1; i < records.size(); i++) {
      assertThat(records.get(i).value().getParentHash())
          .isEqualTo(records.get(i - 1).value().getBlockHash());
    }
  }

  private ChildProcess startBackfill(
      String template, String unitsPerSecond, Map<String, String> settings, String name) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BackfillProcess.class.getName());
    command.add(template);
    command.add(unitsPerSecond);
    command.add("0");
    command.add("300");
    settings.forEach((key, value) -> command.add(key + "=" + value));
    return ChildProcess.start(
        "backfill-" + name, command, workDir, workDir.resolve("backfill-" + name + ".log"));
  }

  private static Map<String, String> settings(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, String chain) {
    return Map.of(
        PollerConfig.CHAIN_NAME,
        chain,
        PollerConfig.KAFKA_BOOTSTRAP_SERVERS,
        kafka.bootstrapServers(),
        PollerConfig.SCHEMA_REGISTRY_URL,
        registry.confluentApiUrl(),
        PollerConfig.METRICS_PORT,
        "0");
  }

  private static List<ConsumerRecord<Long, RawBlock>> readBlocks(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, String chain, boolean confirmed) {
    TopicCatalogue topics = TopicCatalogue.forChain(chain);
    String topic = confirmed ? topics.confirmedRawBlocks().name() : topics.rawBlocks().name();
    try (SpecificAvroSerde<RawBlock> serde = serde(registry)) {
      return kafka.readCommitted(topic, new LongDeserializer(), serde.deserializer(), TIMEOUT);
    }
  }

  private static SpecificAvroSerde<RawBlock> serde(SchemaRegistryEndpoint registry) {
    SpecificAvroSerde<RawBlock> serde = new SpecificAvroSerde<>(RawBlock.class);
    serde.configure(Map.of("schema.registry.url", registry.confluentApiUrl()), false);
    return serde;
  }
}
