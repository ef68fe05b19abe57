package io.chainexplorer.enricher;

import static io.chainexplorer.enricher.RawBlockTopics.await;
import static io.chainexplorer.enricher.RawBlockTopics.transactional;
import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.RawBlockBuilder;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.wire.FrameLocation;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.records.HostilePayloads;
import io.chainexplorer.testsupport.records.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile frames on the raw-blocks topic are dead-lettered and the next block is enriched. Runs in
 * a JVM with a 256 MB heap, which the gigabyte such a frame declares would overflow.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class PoisonFrameIT {

  private static final String CHAIN = "eth-enricher-poison-it";

  @TempDir Path stateDir;

  @Test
  void shouldDeadLetterFramesDeclaringMoreThanTheyHoldAndEnrichTheNextBlock(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    EnricherConfig config = EnricherSetup.config(CHAIN, kafka, registry, stateDir);
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    RawBlock good = RawBlockBuilder.block(3, "a").nativeTransfer(address(1), address(2), 5).build();

    try (EnricherApp app = EnricherApp.start(config, new SimpleMeterRegistry());
        TopicSerdes serdes = EnricherSetup.serdes(registry);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(transactional(kafka, CHAIN))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      String topic = topics.rawBlocks().name();
      byte[] goodFrame = serdes.value(topics.rawBlocks()).serializer().serialize(topic, good);
      int id = WireFormat.schemaId(goodFrame, FrameLocation.ofTopic(topic));
      producer.initTransactions();
      producer.beginTransaction();
      send(producer, topic, 1, WireFormat.frame(id, HostilePayloads.gigabyteString()));
      send(producer, topic, 2, WireFormat.frame(id, HostilePayloads.stringLongerThanItsFrame()));
      send(producer, topic, 3, goodFrame);
      producer.commitTransaction();

      List<ConsumerRecord<String, Transaction>> transactions =
          await(kafka, serdes, topics.transactions(), 1);
      assertThat(transactions.get(0).value().getBlockNumber()).isEqualTo(3);
      List<ConsumerRecord<String, DeadLetter>> letters =
          await(kafka, serdes, topics.deadLetters(App.TX_ENRICHER), 2);
      assertThat(letters)
          .extracting(letter -> letter.value().getReason())
          .allSatisfy(reason -> assertThat(reason).startsWith("undeserializable"))
          .anySatisfy(reason -> assertThat(reason).contains("string of 1073741824 bytes"))
          .anySatisfy(reason -> assertThat(reason).contains("string of 40 bytes"));
      assertThat(app.isHealthy()).isTrue();
    }
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, long key, byte[] v) {
    producer.send(new ProducerRecord<>(topic, new LongSerializer().serialize(topic, key), v));
  }
}
