package io.chainexplorer.enricher;

import static io.chainexplorer.enricher.RawBlockTopics.await;
import static io.chainexplorer.enricher.RawBlockTopics.publish;
import static io.chainexplorer.enricher.RawBlockTopics.retraction;
import static io.chainexplorer.enricher.RawBlockTopics.transactional;
import static io.chainexplorer.enricher.VisibleRecords.visible;
import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.errors.DeadLetterMetrics;
import io.chainexplorer.enricher.topology.RawBlockBuilder;
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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.LongSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class EnricherAppIT {

  private static final String CHAIN = "eth-enricher-it";

  @TempDir Path stateDir;

  @Test
  void shouldSplitRetractAndDeadLetterWithExactlyOnceOnTheRealBroker(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    EnricherConfig config = EnricherSetup.config(CHAIN, kafka, registry, stateDir);
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    RawBlock first =
        RawBlockBuilder.block(1, "a")
            .nativeTransfer(address(1), address(2), 5)
            .erc20Transfer(address(3), address(0x70), address(4), BigInteger.TEN)
            .build();
    RawBlock orphan =
        RawBlockBuilder.block(2, "a").nativeTransfer(address(5), address(6), 1).build();
    RawBlock canonical =
        RawBlockBuilder.block(2, "b").nativeTransfer(address(7), address(8), 1).build();
    RawBlock third =
        RawBlockBuilder.block(3, "b").nativeTransfer(address(9), address(8), 1).build();

    try (EnricherApp app = EnricherApp.start(config, meters);
        TopicSerdes serdes = EnricherSetup.serdes(registry);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(transactional(kafka, CHAIN))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      producer.initTransactions();
      publish(producer, serdes, topics, List.of(first, orphan), List.of());
      publish(producer, serdes, topics, List.of(canonical), List.of(retraction(orphan, canonical)));
      producer.beginTransaction();
      Future<RecordMetadata> poison =
          producer.send(
              new ProducerRecord<>(
                  topics.rawBlocks().name(),
                  new LongSerializer().serialize(null, 99L),
                  "poison".getBytes(StandardCharsets.UTF_8)));
      producer.commitTransaction();
      publish(producer, serdes, topics, List.of(third), List.of());

      List<ConsumerRecord<String, Transaction>> transactions =
          await(kafka, serdes, topics.transactions(), 6);
      assertThat(visible(transactions, Transaction::getBlockHash, Transaction::getRetracted))
          .containsExactlyInAnyOrder(
              RawBlockBuilder.block(1, "a").transactionHash(0),
              RawBlockBuilder.block(1, "a").transactionHash(1),
              RawBlockBuilder.block(2, "b").transactionHash(0),
              RawBlockBuilder.block(3, "b").transactionHash(0));
      assertThat(transactions)
          .filteredOn(record -> record.value().getRetracted())
          .singleElement()
          .satisfies(
              record -> assertThat(record.value().getBlockHash()).isEqualTo(orphan.getBlockHash()));

      assertPoisonDeadLettered(kafka, serdes, topics, poison.get().offset(), meters);

      List<ConsumerRecord<Long, ChainMetrics>> metrics =
          await(kafka, serdes, topics.chainMetrics(), 1);
      assertThat(metrics).isNotEmpty();
      assertThat(meters.getMeters())
          .anySatisfy(meter -> assertThat(meter.getId().getName()).startsWith("kafka.stream"));
    }
  }

  @Test
  void shouldStopWithAConfigurationErrorAndWriteNothingWhenARawBlockIsOfAnotherChain(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "chain-5-enricher-it";
    Map<String, String> settings = new HashMap<>();
    settings.put(EnricherConfig.CHAIN_NAME, chain);
    settings.put(EnricherConfig.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
    settings.put(EnricherConfig.SCHEMA_REGISTRY_URL, registry.confluentApiUrl());
    settings.put(EnricherConfig.STATE_DIR, stateDir.toString());
    settings.put(EnricherConfig.CHAIN_ID, "5");
    TopicCatalogue topics = TopicCatalogue.forChain(chain);
    RawBlock mainnet = // the builder's provenance says chain id 1
        RawBlockBuilder.block(1, "a").nativeTransfer(address(1), address(2), 5).build();

    try (EnricherApp app =
            EnricherApp.start(new EnricherConfig(settings), new SimpleMeterRegistry());
        TopicSerdes serdes = EnricherSetup.serdes(registry);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(transactional(kafka, chain))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      producer.initTransactions();
      publish(producer, serdes, topics, List.of(mainnet), List.of());

      assertThat(app.awaitTermination(TopicRecords.TIMEOUT)).as("stopped").isTrue();
      assertThat(app.failure()).isPresent();
      Throwable cause = app.failure().get();
      while (cause != null && !(cause instanceof ForeignChainException)) {
        cause = cause.getCause();
      }
      assertThat(cause)
          .as("a configuration error, exit code 2")
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("chain id 1")
          .hasMessageContaining("is chain id 5");
    }
    for (TopicSpec<?, ?> written :
        List.of(topics.blocks(), topics.transactions(), topics.deadLetters(App.TX_ENRICHER))) {
      assertThat(kafka.readCommitted(written.name(), TopicRecords.TIMEOUT))
          .as(written.name())
          .isEmpty();
    }
  }

  private static void assertPoisonDeadLettered(
      KafkaEndpoint kafka,
      TopicSerdes serdes,
      TopicCatalogue topics,
      long poisonOffset,
      SimpleMeterRegistry meters) {
    ConsumerRecord<String, DeadLetter> letter =
        await(kafka, serdes, topics.deadLetters(App.TX_ENRICHER), 1).get(0);
    assertThat(letter.key()).isEqualTo(topics.rawBlocks().name() + ":0:" + poisonOffset);
    assertThat(letter.value().getOffset()).isEqualTo(poisonOffset);
    assertThat(letter.value().getReason()).startsWith("undeserializable");
    assertThat(
            meters
                .get(DeadLetterMetrics.DEAD_LETTERS)
                .tag("reason", "undeserializable")
                .counter()
                .count())
        .isEqualTo(1);
  }
}
