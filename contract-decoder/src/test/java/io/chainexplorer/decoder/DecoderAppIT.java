package io.chainexplorer.decoder;

import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static io.chainexplorer.decoder.topology.Fixtures.calldata;
import static io.chainexplorer.decoder.topology.Fixtures.log;
import static io.chainexplorer.decoder.topology.Fixtures.topic0;
import static io.chainexplorer.decoder.topology.Fixtures.txHash;
import static io.chainexplorer.decoder.topology.Fixtures.uint;
import static io.chainexplorer.decoder.topology.Fixtures.word;
import static io.chainexplorer.testsupport.records.TopicRecords.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.decoder.topology.MainnetBlock;
import io.chainexplorer.platform.config.ForeignChainException;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.records.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class DecoderAppIT {

  private static final String CHAIN = "eth-decoder-it";
  private static final String TOKEN = address(0x7070);
  private static final String CUSTOM = address(0xc0de);
  private static final String HOLDER = address(0xa1);

  @TempDir Path stateDir;
  @TempDir Path abiDir;

  @Test
  void shouldDecodeWithStandardsAndTheAbiDirectoryAndDeadLetterOnlyPoisonOnTheRealBroker(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    Files.writeString(
        abiDir.resolve(CUSTOM + ".json"),
        "[{\"type\":\"function\",\"name\":\"setValue\",\"inputs\":[{\"name\":\"newValue\","
            + "\"type\":\"uint256\"}]}]");
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();

    try (DecoderApp app = DecoderApp.start(config(kafka, registry), meters);
        TopicSerdes serdes =
            TopicSerdes.of(Map.of("schema.registry.url", registry.confluentApiUrl()));
        KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(TopicRecords.idempotent(kafka))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      send(
          producer,
          serdes,
          topics.transactions(),
          call(1, TOKEN, calldata("transfer(address,uint256)", HOLDER, BigInteger.TEN)));
      send(
          producer,
          serdes,
          topics.transactions(),
          call(2, CUSTOM, calldata("setValue(uint256)", BigInteger.ONE)));
      send(producer, serdes, topics.transactions(), call(3, TOKEN, "0xdeadbeef"));
      send(producer, serdes, topics.logs(), transferLog(4));
      producer
          .send(
              new ProducerRecord<>(
                  topics.transactions().name(),
                  "poison".getBytes(StandardCharsets.UTF_8),
                  "poison".getBytes(StandardCharsets.UTF_8)))
          .get();

      List<ConsumerRecord<String, DecodedCall>> calls =
          await(kafka, serdes, topics.decodedCalls(), 3);
      assertThat(calls)
          .extracting(record -> record.value().getAbiSource())
          .containsExactlyInAnyOrder(AbiSource.STANDARD, AbiSource.USER, null);
      assertThat(calls)
          .extracting(record -> record.value().getOutcome())
          .containsExactlyInAnyOrder(
              DecodeOutcome.DECODED, DecodeOutcome.DECODED, DecodeOutcome.UNKNOWN_SELECTOR);
      List<ConsumerRecord<String, DecodedEvent>> events =
          await(kafka, serdes, topics.decodedEvents(), 1);
      assertThat(events.get(0).key()).isEqualTo(txHash(4) + ":0");
      List<ConsumerRecord<String, DeadLetter>> letters =
          await(kafka, serdes, topics.deadLetters(App.CONTRACT_DECODER), 1);
      assertThat(letters)
          .extracting(record -> record.value().getReason().split(":")[0])
          .containsExactly("undeserializable");
      assertThat(letters)
          .allSatisfy(
              record ->
                  assertThat(record.value().getSourceTopic())
                      .isEqualTo(topics.transactions().name()));
      assertThat(meters.get(DecoderMetrics.OUTCOMES).tag("outcome", "decoded").counters())
          .isNotEmpty();
    }
  }

  @Test
  void shouldLeaveNoDeadLetterAfterMainnetBlock18000000AndPublishCompactOutcomes(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    MainnetBlock block = MainnetBlock.block18000000();
    DecoderConfig config = config(kafka, registry, CHAIN + "-block");
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN + "-block");
    SimpleMeterRegistry meters = new SimpleMeterRegistry();

    try (DecoderApp app = DecoderApp.start(config, meters);
        TopicSerdes serdes =
            TopicSerdes.of(Map.of("schema.registry.url", registry.confluentApiUrl()));
        KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(TopicRecords.idempotent(kafka))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      for (Transaction tx : block.transactions) {
        send(producer, serdes, topics.transactions(), tx);
      }
      for (Log log : block.logs) {
        send(producer, serdes, topics.logs(), log);
      }

      List<ConsumerRecord<String, DecodedCall>> calls =
          await(kafka, serdes, topics.decodedCalls(), 70);
      List<ConsumerRecord<String, DecodedEvent>> events =
          await(kafka, serdes, topics.decodedEvents(), 291);
      awaitConsumed(kafka, config.applicationId(), topics);

      assertThat(kafka.readCommitted(topics.deadLetters(App.CONTRACT_DECODER).name(), TIMEOUT))
          .isEmpty();
      assertThat(calls)
          .filteredOn(r -> r.value().getOutcome() == DecodeOutcome.UNKNOWN_SELECTOR)
          .hasSize(21);
      assertThat(events)
          .filteredOn(r -> r.value().getOutcome() == DecodeOutcome.UNKNOWN_EVENT)
          .hasSize(39);
      assertThat(meters.get(DecoderMetrics.OUTCOMES).tag("outcome", "unknown").counters())
          .extracting(counter -> counter.count())
          .containsExactlyInAnyOrder(21.0, 39.0);
      // the 60 outcomes weigh about 19 KB (their dead letters: 569 KB): no input is carried again
      long outcomeBytes =
          calls.stream()
                  .filter(r -> r.value().getOutcome() != DecodeOutcome.DECODED)
                  .mapToLong(ConsumerRecord::serializedValueSize)
                  .sum()
              + events.stream()
                  .filter(r -> r.value().getOutcome() != DecodeOutcome.DECODED)
                  .mapToLong(ConsumerRecord::serializedValueSize)
                  .sum();
      assertThat(outcomeBytes).isLessThan(60 * 400L);
    }
  }

  @Test
  void shouldStopWithAConfigurationErrorAndWriteNothingOnATransactionOfAnotherChain(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "chain-5-decoder-it";
    TopicCatalogue topics = TopicCatalogue.forChain(chain);
    Map<String, String> settings = new HashMap<>();
    settings.put("chain.name", chain);
    settings.put("chain.id", "5");
    settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    settings.put("schema.registry.url", registry.confluentApiUrl());
    settings.put("state.dir", stateDir.toString());
    Transaction mainnet =
        Transaction.newBuilder(
                call(1, TOKEN, calldata("transfer(address,uint256)", HOLDER, BigInteger.TEN)))
            .setChainId(1L)
            .build();

    try (DecoderApp app = DecoderApp.start(new DecoderConfig(settings), new SimpleMeterRegistry());
        TopicSerdes serdes =
            TopicSerdes.of(Map.of("schema.registry.url", registry.confluentApiUrl()));
        KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(TopicRecords.idempotent(kafka))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      send(producer, serdes, topics.transactions(), mainnet);

      assertThat(app.awaitTermination(TopicRecords.TIMEOUT)).as("stopped").isTrue();
      assertThat(app.failure()).isPresent();
      assertThat(app.failure().get())
          .as("a configuration error, exit code 2")
          .hasRootCauseInstanceOf(ForeignChainException.class)
          .rootCause()
          .hasMessageContaining("is of chain id 1")
          .hasMessageContaining("namespace chain-5-decoder-it is chain id 5");
    }
    for (TopicSpec<?, ?> written :
        List.of(topics.decodedCalls(), topics.deadLetters(App.CONTRACT_DECODER))) {
      assertThat(kafka.readCommitted(written.name(), Duration.ofSeconds(5)))
          .as(written.name())
          .isEmpty();
    }
  }

  /** Waits until the decoder has committed offsets at the end of both its input topics. */
  private static void awaitConsumed(KafkaEndpoint kafka, String group, TopicCatalogue topics) {
    try (Admin admin = kafka.admin()) {
      Awaitility.await()
          .atMost(TopicRecords.TIMEOUT)
          .until(
              () -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream()
                    .filter(
                        tp ->
                            tp.topic().equals(topics.transactions().name())
                                || tp.topic().equals(topics.logs().name()))
                    .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return latest.size() >= 2
                    && ends.entrySet().stream()
                        .allMatch(e -> committed.get(e.getKey()).offset() >= e.getValue().offset());
              });
    }
  }

  private static Log transferLog(int n) {
    return log(
        n,
        0,
        TOKEN,
        List.of(
            topic0("Transfer(address indexed,address indexed,uint256)"),
            word(HOLDER),
            word(HOLDER)),
        uint(5));
  }

  private static <V> void send(
      KafkaProducer<byte[], byte[]> producer,
      TopicSerdes serdes,
      TopicSpec<String, V> topic,
      V value)
      throws Exception {
    String key =
        value instanceof Transaction tx
            ? tx.getHash()
            : ((Log) value).getTransactionHash() + ":" + ((Log) value).getLogIndex();
    TopicRecords.send(producer, topic.name(), serdes.key(topic), key, serdes.value(topic), value)
        .get();
  }

  private static <K, V> List<ConsumerRecord<K, V>> await(
      KafkaEndpoint kafka, TopicSerdes serdes, TopicSpec<K, V> topic, int count) {
    return TopicRecords.await(kafka, topic.name(), serdes.key(topic), serdes.value(topic), count);
  }

  private DecoderConfig config(KafkaEndpoint kafka, SchemaRegistryEndpoint registry) {
    return config(kafka, registry, CHAIN);
  }

  private DecoderConfig config(KafkaEndpoint kafka, SchemaRegistryEndpoint registry, String chain) {
    return new DecoderConfig(
        Map.of(
            "chain.name", chain,
            "kafka.bootstrap.servers", kafka.bootstrapServers(),
            "schema.registry.url", registry.confluentApiUrl(),
            "state.dir", stateDir.toString(),
            "abi.dir", abiDir.toString()));
  }
}
