package io.chainexplorer.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.embedded.JsonRpcClient;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.poller.PollerApp;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.rpc.Sleeper;
import io.chainexplorer.reliability.secrets.SecretScan;
import io.chainexplorer.reliability.secrets.TopicScan;
import io.chainexplorer.reliability.truth.Counts;
import io.chainexplorer.reliability.truth.NodeChain;
import io.chainexplorer.reliability.truth.NodeSources;
import io.chainexplorer.reliability.truth.TopicSnapshot;
import io.chainexplorer.reliability.truth.TruthChecker;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poller behind three keys on two fault-injecting providers in front of anvil, one scenario of
 * the fault matrix at a time on one broker: it keeps running, its raw topic holds the node's
 * canonical chain with no gap and no duplicate, and its Prometheus endpoint shows the fault.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class, AnvilExtension.class})
class FaultMatrixIT {

  private static final Logger LOG = LoggerFactory.getLogger(FaultMatrixIT.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final int BLOCKS = 6;
  private static final Duration BLOCK_TIME = Duration.ofSeconds(1);

  /** {@code -Dfaults.scenarios=NULL_BLOCKS,TIMEOUTS} runs those scenarios only. */
  private static final String ONLY = "faults.scenarios";

  private static ScheduledExecutorService traffic;
  private static CapturedLogs logs;

  @BeforeAll
  static void startTraffic(AnvilEndpoint anvil) {
    logs = new CapturedLogs();
    JsonRpcClient node = new JsonRpcClient(anvil.rpcUrl());
    JsonNode accounts = node.call("eth_accounts");
    Map<String, String> transfer =
        Map.of(
            "from",
            accounts.get(0).asText(),
            "to",
            accounts.get(1).asText(),
            "value",
            "0x2386f26fc10000");
    traffic = Executors.newSingleThreadScheduledExecutor();
    // Blocks with transactions, so that receipt faults have receipts to spoil.
    traffic.scheduleAtFixedRate(
        () -> node.call("eth_sendTransaction", transfer), 0, 300, TimeUnit.MILLISECONDS);
  }

  @AfterAll
  static void stopTraffic() {
    traffic.shutdownNow();
    logs.close();
  }

  @ParameterizedTest
  @EnumSource(FaultScenario.class)
  void shouldKeepTheRawTopicCanonicalAndShowTheFaultInMetrics(
      FaultScenario scenario,
      KafkaEndpoint kafka,
      SchemaRegistryEndpoint registry,
      AnvilEndpoint anvil)
      throws Exception {
    String only = System.getProperty(ONLY, "");
    assumeTrue(
        only.isBlank() || List.of(only.split(",")).contains(scenario.name()),
        () -> ONLY + "=" + only);
    String chain = "faults-" + scenario.name().toLowerCase(Locale.ROOT).replace('_', '-');
    JsonRpcClient node = new JsonRpcClient(anvil.rpcUrl());
    long start = Long.decode(node.call("eth_blockNumber").asText());
    SimulatedClock simulated = new SimulatedClock();
    boolean quotaDay = scenario == FaultScenario.QUOTA_OF_EVERY_KEY;
    Clock keyClock = quotaDay ? simulated : Clock.systemUTC();
    Sleeper sleeper = quotaDay ? simulated.sleeper() : Sleeper.SYSTEM;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Scrape scrape;
    long last;

    try (StubbedProviders providers = new StubbedProviders(anvil.rpcUrl());
        MetricsServer metrics =
            MetricsServer.start("127.0.0.1", 0, "block-poller", chain, () -> true)) {
      scenario.inject(providers);
      MeterRegistry meters = metrics.registry();
      try (PollerApp app =
          PollerApp.start(
              config(kafka, registry, chain, start),
              providers.source(chain, keyClock, sleeper, meters, BLOCK_TIME),
              meters,
              Clock.systemUTC())) {
        await().atMost(TIMEOUT).until(() -> published(meters) >= start + BLOCKS);
        assertThat(app.isHealthy()).isTrue();
        assertThat(app.failure()).isEmpty();
        scrape = Scrape.of(metrics.metricsUri());
        // The scan below looks for strings that really went over the wire.
        assertThat(providers.alpha.exchanges(StubbedProviders.ALPHA_ONE)).isPositive();
        last = (long) published(meters);
      }
    }

    LOG.info(
        "{}: blocks {}..{} published, {} = {}",
        scenario,
        start,
        last,
        scenario.metric(),
        scenario.shown(scrape));
    assertThat(scenario.shown(scrape)).as(scenario.metric()).isPositive();
    if (scenario == FaultScenario.NULL_BLOCKS) {
      // every injected null answer is counted; asks for a block not mined yet add a few more
      assertThat(scrape.sum(FaultScenario.NullBlocks.METRIC, FaultScenario.NullBlocks.LABELS))
          .isGreaterThanOrEqualTo(FaultScenario.NullBlocks.INJECTED);
    }
    if (quotaDay) {
      // Every key refused for today: the poller waited for the next UTC day instead of failing.
      assertThat(LocalDate.ofInstant(simulated.instant(), ZoneOffset.UTC)).isAfter(today);
    }
    Map<String, Counts> counts = rawTopicAgainstNode(kafka, registry, anvil, chain, start, last);
    assertThat(counts.values()).allMatch(Counts::clean, "no gap, duplicate or altered block");
    assertNoSecretAnywhere(kafka, scrape);
  }

  /** The keys went to the providers and nowhere else: not in logs, metrics or any topic. */
  private static void assertNoSecretAnywhere(KafkaEndpoint kafka, Scrape scrape) throws Exception {
    SecretScan scan = new SecretScan(StubbedProviders.SECRETS);
    scan.text("metrics endpoint", scrape.text());
    logs.scan(scan);
    List<String> topics = TopicScan.scan(kafka.bootstrapServers(), topic -> true, scan);
    LOG.info(
        "secrets scan: {} texts ({} log events, {} topics), {} findings",
        scan.scanned(),
        logs.size(),
        topics.size(),
        scan.findings().size());
    assertThat(topics).anyMatch(t -> t.endsWith(".api-key-usage.v1"));
    assertThat(scan.findings()).isEmpty();
  }

  private static Map<String, Counts> rawTopicAgainstNode(
      KafkaEndpoint kafka,
      SchemaRegistryEndpoint registry,
      AnvilEndpoint anvil,
      String chain,
      long from,
      long to)
      throws Exception {
    NodeChain truth = NodeChain.fetch(NodeSources.direct(anvil.rpcUrl(), chain), from, to);
    TopicCatalogue topics = TopicCatalogue.forChain(chain);
    TopicSnapshot snapshot =
        new TopicSnapshot(
            kafka.bootstrapServers(),
            SchemaRegistryClients.create(
                Map.of("schema.registry.url", registry.confluentApiUrl())));
    Map<String, Counts> counts =
        TruthChecker.compare(
            truth.rawBlocks(), snapshot.rawBlocks(topics.rawBlocks(), topics.blockRetractions()));
    LOG.info("{}: raw topic against the node: {}", chain, counts);
    return counts;
  }

  private static double published(MeterRegistry meters) {
    Gauge gauge = meters.find("chainexplorer.poller.block.last.published").gauge();
    return gauge == null ? -1 : gauge.value();
  }

  private static PollerConfig config(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry, String chain, long start) {
    return new PollerConfig(
        Map.of(
            PollerConfig.CHAIN_NAME,
            chain,
            PollerConfig.KAFKA_BOOTSTRAP_SERVERS,
            kafka.bootstrapServers(),
            PollerConfig.SCHEMA_REGISTRY_URL,
            registry.confluentApiUrl(),
            PollerConfig.BLOCK_TIME_MS,
            Long.toString(BLOCK_TIME.toMillis()),
            PollerConfig.CONFIRMATIONS,
            "2",
            PollerConfig.START_BLOCK,
            Long.toString(start),
            PollerConfig.PUBLISH_TRANSACTIONAL_ID,
            chain + "-" + System.nanoTime()));
  }
}
