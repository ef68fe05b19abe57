package io.chainexplorer.poller.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.poller.PollerApp;
import io.chainexplorer.poller.TestPollerConfig;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.rpc.Fault;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The poller between an honest and a tampering provider in front of anvil publishes only verified
 * blocks; when every provider tampers it stops with the error and the metric, publishing nothing of
 * the block.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class, AnvilExtension.class})
class VerifiedPollingIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** How a dishonest provider spoils a block's receipts on their way from the node. */
  enum Spoil {
    /** The first log's data altered by one byte. */
    ALTER_LOG(Fault.alterResult(Spoil::alterFirstLog)),
    /** The last receipt dropped. */
    DROP_RECEIPT(Fault.of(Fault.Kind.DROP_LAST_RECEIPT));

    private final Fault fault;

    Spoil(Fault fault) {
      this.fault = fault.forMethod("eth_getBlockReceipts");
    }

    /** A stub in front of {@code node} that spoils every block's receipts this way. */
    JsonRpcStub inFrontOf(URI node) {
      return JsonRpcStub.proxying(node).inject(fault);
    }

    /** Receipts this stub spoiled (or was given the chance to) so far. */
    long spoiled(JsonRpcStub stub) {
      return stub.applied(fault.kind());
    }

    private static JsonNode alterFirstLog(JsonNode receipts) {
      for (JsonNode receipt : receipts) {
        JsonNode logs = receipt.path("logs");
        if (!logs.isEmpty()) {
          ObjectNode log = (ObjectNode) logs.get(0);
          log.put("data", Tamper.flip(log.get("data").asText()));
          break;
        }
      }
      return receipts;
    }
  }

  @ParameterizedTest
  @EnumSource(Spoil.class)
  void shouldPublishTheBlockRefetchedFromTheHonestProviderWhenTheOtherTampers(
      Spoil spoil, KafkaEndpoint kafka, SchemaRegistryEndpoint registry, AnvilEndpoint anvil)
      throws Exception {
    AnvilTraffic traffic = new AnvilTraffic(anvil.rpcUrl());
    long first = traffic.logging();
    long last = first;
    for (int i = 0; i < 3; i++) {
      last = traffic.logging();
    }
    PollerConfig config =
        TestPollerConfig.of(
            kafka,
            registry,
            "honest-" + spoil.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            "verify",
            first);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();

    try (JsonRpcStub shady = spoil.inFrontOf(anvil.rpcUrl());
        JsonRpcStub honest = JsonRpcStub.proxying(anvil.rpcUrl());
        PollerApp app = poll(config, meters, "shady", shady, "honest", honest)) {
      long tip = last;
      await().atMost(TIMEOUT).until(() -> published(meters) >= tip);

      assertThat(app.isHealthy()).isTrue();
      assertThat(spoil.spoiled(shady)).isPositive();
    }
    List<RawBlock> blocks = rawBlocks(kafka, config);
    assertThat(blocks).extracting(RawBlock::getBlockNumber).contains(first, last);
    assertThat(blocks)
        .allSatisfy(
            b ->
                assertThat(b.getProvenance().getVerification().getStatus())
                    .isEqualTo(VerificationStatus.VERIFIED));
    assertThat(blocks)
        .filteredOn(b -> b.getReceipts().stream().anyMatch(r -> !r.getLogs().isEmpty()))
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.getProvenance().getProviderAlias()).startsWith("honest/"));
    assertThat(gauge(meters, "chainexplorer.poller.verification.halted")).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = Spoil.class, names = "ALTER_LOG")
  void shouldStopPublishingTheChainWhenEveryProviderServesAnAlteredBlock(
      Spoil spoil, KafkaEndpoint kafka, SchemaRegistryEndpoint registry, AnvilEndpoint anvil)
      throws Exception {
    AnvilTraffic traffic = new AnvilTraffic(anvil.rpcUrl());
    long tampered = traffic.logging();
    PollerConfig config = TestPollerConfig.of(kafka, registry, "all-shady", "verify", tampered - 1);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();

    try (JsonRpcStub shady = spoil.inFrontOf(anvil.rpcUrl());
        JsonRpcStub murky = spoil.inFrontOf(anvil.rpcUrl());
        PollerApp app = poll(config, meters, "shady", shady, "murky", murky)) {
      assertThat(app.awaitTermination(TIMEOUT)).isTrue();

      assertThat(app.isHealthy()).isFalse();
      assertThat(app.failure())
          .get()
          .isInstanceOf(UnverifiableBlockException.class)
          .extracting(Throwable::getMessage)
          .asString()
          .contains("block " + tampered + " failed verification", "receipts_root");
    }
    assertThat(gauge(meters, "chainexplorer.poller.verification.halted")).isEqualTo(1);
    assertThat(
            meters
                .find("chainexplorer.poller.verification")
                .tag("result", "mismatch")
                .counters()
                .stream()
                .mapToDouble(Counter::count)
                .sum())
        .isGreaterThanOrEqualTo(2);
    assertThat(rawBlocks(kafka, config))
        .extracting(RawBlock::getBlockNumber)
        .isNotEmpty()
        .allMatch(n -> n < tampered);
  }

  /** The poller over two providers, {@code one} asked first. */
  private static PollerApp poll(
      PollerConfig config,
      SimpleMeterRegistry meters,
      String nameOne,
      JsonRpcStub one,
      String nameTwo,
      JsonRpcStub two) {
    Map<String, JsonRpcStub> stubs = new LinkedHashMap<>();
    stubs.put(nameOne, one);
    stubs.put(nameTwo, two);
    return PollerApp.start(config, Providers.source(stubs, meters), meters, Clock.systemUTC());
  }

  private static List<RawBlock> rawBlocks(KafkaEndpoint kafka, PollerConfig config) {
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    try (SpecificAvroSerde<RawBlock> serde = new SpecificAvroSerde<>(RawBlock.class)) {
      serde.configure(Map.of("schema.registry.url", config.schemaRegistryUrl()), false);
      return kafka
          .readCommitted(
              topics.rawBlocks().name(), new LongDeserializer(), serde.deserializer(), TIMEOUT)
          .stream()
          .map(ConsumerRecord::value)
          .toList();
    }
  }

  private static double published(SimpleMeterRegistry meters) {
    return gauge(meters, "chainexplorer.poller.block.last.published");
  }

  private static double gauge(SimpleMeterRegistry meters, String name) {
    Gauge gauge = meters.find(name).gauge();
    return gauge == null ? -1 : gauge.value();
  }
}
