package io.chainexplorer.poller.keys;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Usage persisted in and shared through a real broker's compacted topic. */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class KafkaUsageLedgerIT {

  private static final List<String> BLOCK = List.of("eth_getBlockByNumber");
  private static final Duration PUBLISH = Duration.ofMillis(200);

  private final Clock clock = Clock.systemUTC();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private KafkaEndpoint kafka;
  private SchemaRegistryEndpoint registry;
  private TopicSpec<String, ApiKeyUsage> topic;

  @BeforeEach
  void createTopic(KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    this.kafka = kafka;
    this.registry = registry;
    String chain = "ledger-it-" + UUID.randomUUID().toString().substring(0, 8);
    topic = TopicCatalogue.forChain(chain).apiKeyUsage();
    try (Admin admin = kafka.admin()) {
      NewTopic newTopic = new NewTopic(topic.name(), 3, (short) 1).configs(topic.topicConfigs());
      admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
    }
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : opened) {
      closeable.close();
    }
  }

  private Serde<ApiKeyUsage> serde() {
    SpecificAvroSerde<ApiKeyUsage> serde = new SpecificAvroSerde<>(ApiKeyUsage.class);
    serde.configure(Map.of("schema.registry.url", registry.confluentApiUrl()), false);
    return serde;
  }

  private KafkaUsageLedger ledger(String instance) {
    Map<String, Object> client = new HashMap<>();
    client.put("bootstrap.servers", kafka.bootstrapServers());
    KafkaUsageLedger ledger =
        KafkaUsageLedger.start(
            new KafkaUsageLedger.Settings(
                client, topic.name(), instance, PUBLISH, Duration.ofSeconds(30)),
            serde(),
            clock);
    opened.add(ledger);
    return ledger;
  }

  private DefaultKeyPool pool(UsageLedger ledger, Provider provider) {
    return new DefaultKeyPool(
        Map.of(provider, List.of(ApiKey.of(provider.name(), "shared", "shared-secret-key"))),
        ledger,
        clock,
        KeyPoolListener.NONE);
  }

  @Test
  void shouldKeepUsageAcrossRestartOfTheSameInstance() throws Exception {
    Provider provider =
        new Provider(
            "infura", "https://i.example/${key}", ProviderProfile.INFURA.weights(), 1e6, 1_000_000);
    KafkaUsageLedger first = ledger("poller-a");
    DefaultKeyPool before = pool(first, provider);
    for (int i = 0; i < 7; i++) {
      before.acquire(BLOCK, Set.of(), Duration.ZERO).succeeded();
    }
    first.close();

    DefaultKeyPool after = pool(ledger("poller-a"), provider);
    DefaultKeyPool elsewhere = pool(ledger("poller-b"), provider);

    assertThat(after.status().get(0).localUnits()).isEqualTo(7 * 80);
    assertThat(elsewhere.status().get(0).usedUnits()).isEqualTo(7 * 80);
    assertThat(kafka.readCommitted(topic.name(), Duration.ofSeconds(30)))
        .isNotEmpty()
        .allSatisfy(
            record ->
                assertThat(new String(record.key(), UTF_8) + new String(record.value(), UTF_8))
                    .contains("shared")
                    .doesNotContain("shared-secret-key"));
  }

  @Test
  void shouldKeepTwoInstancesTogetherWithinEachKeysBudget() throws Exception {
    long budget = 2_000;
    Provider provider =
        new Provider("generic", "https://g.example/${key}", MethodWeights.flat(1), 200, budget);
    KafkaUsageLedger ledgerA = ledger("poller-a");
    KafkaUsageLedger ledgerB = ledger("poller-b");
    DefaultKeyPool poolA = pool(ledgerA, provider);
    DefaultKeyPool poolB = pool(ledgerB, provider);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    Future<Integer> leasesA = threads.submit(drain(poolA));
    Future<Integer> leasesB = threads.submit(drain(poolB));
    int total = leasesA.get(60, TimeUnit.SECONDS) + leasesB.get(60, TimeUnit.SECONDS);
    threads.shutdown();
    ledgerA.flush();
    ledgerB.flush();

    // The reserve is 200 units/s x 0.8 s of staleness per other instance.
    assertThat(total).isLessThanOrEqualTo((int) budget).isGreaterThan((int) budget - 400);
    assertThat(leasesA.get()).isPositive();
    assertThat(leasesB.get()).isPositive();
    assertThat(publishedTotal()).isEqualTo(total);
  }

  private static Callable<Integer> drain(DefaultKeyPool pool) {
    return () -> {
      int leases = 0;
      try {
        while (true) {
          pool.acquire(BLOCK, Set.of(), Duration.ofSeconds(2)).succeeded();
          leases++;
        }
      } catch (NoKeyAvailableException expected) {
        return leases;
      }
    };
  }

  private long publishedTotal() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Map<String, Long> latest = new HashMap<>();
    try (Serde<ApiKeyUsage> serde = serde()) {
      for (ConsumerRecord<String, ApiKeyUsage> record :
          kafka.readCommitted(
              topic.name(),
              new StringDeserializer(),
              serde.deserializer(),
              Duration.ofSeconds(30))) {
        if (record.value().getDay().equals(today)) {
          latest.put(record.key(), record.value().getUnitsUsed());
        }
      }
    }
    return latest.values().stream().mapToLong(Long::longValue).sum();
  }
}
