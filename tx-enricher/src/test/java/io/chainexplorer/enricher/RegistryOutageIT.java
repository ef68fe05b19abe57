package io.chainexplorer.enricher;

import static io.chainexplorer.enricher.RawBlockTopics.await;
import static io.chainexplorer.enricher.RawBlockTopics.transactional;
import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.enricher.topology.RawBlockBuilder;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.serde.GenericAvroSerde;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.records.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Schema Registry stopped while a block written with a schema the enricher has not seen waits
 * on its topic: a transient failure, retried until the registry is back; the block is enriched and
 * nothing is dead-lettered.
 */
@ExtendWith(KafkaExtension.class)
class RegistryOutageIT {

  private static final String CHAIN = "eth-enricher-registry-outage-it";

  @TempDir Path stateDir;
  @TempDir Path registryDir;

  @Test
  void shouldRetryABlockWhoseSchemaTheStoppedRegistryCannotServeAndNeverDeadLetterIt(
      KafkaEndpoint kafka) throws Exception {
    int port = FreePorts.next();
    EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(registryDir, port);
    SchemaRegistryEndpoint endpoint = new SchemaRegistryEndpoint(registry.confluentApiUrl());
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    String topic = topics.rawBlocks().name();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    RawBlock first =
        RawBlockBuilder.block(1, "a").nativeTransfer(address(1), address(2), 5).build();
    RawBlock second =
        RawBlockBuilder.block(2, "b").nativeTransfer(address(3), address(4), 7).build();

    try (EnricherApp app =
            EnricherApp.start(EnricherSetup.config(CHAIN, kafka, endpoint, stateDir), meters);
        TopicSerdes serdes = EnricherSetup.serdes(endpoint);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(transactional(kafka, CHAIN))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      producer.initTransactions();
      send(
          producer,
          topic,
          1,
          serdes.value(topics.rawBlocks()).serializer().serialize(topic, first));
      await(kafka, serdes, topics.transactions(), 1);
      // A newer writer schema of the topic: its id is one the enricher has never fetched.
      byte[] evolved = evolvedFrame(endpoint, topic, second);
      registry.saveSchemas();
      registry.close();

      send(producer, topic, 2, evolved);
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(() -> retries(meters) > 0);
      registry = EmbeddedSchemaRegistry.start(registryDir, port);

      List<ConsumerRecord<String, Transaction>> transactions =
          await(kafka, serdes, topics.transactions(), 2);
      assertThat(transactions)
          .extracting(record -> record.value().getBlockNumber())
          .containsExactly(1L, 2L);
      assertThat(
              kafka.readCommitted(
                  topics.deadLetters(App.TX_ENRICHER).name(), Duration.ofSeconds(5)))
          .isEmpty();
      assertThat(app.isHealthy()).isTrue();
    } finally {
      registry.close();
    }
  }

  private static double retries(SimpleMeterRegistry meters) {
    return meters.find("chainexplorer.streams.transient.retries").counters().stream()
        .mapToDouble(counter -> counter.count())
        .sum();
  }

  /** {@code block} written with RawBlock's schema plus an optional field, registered as such. */
  private static byte[] evolvedFrame(SchemaRegistryEndpoint registry, String topic, RawBlock block)
      throws IOException {
    Schema.Parser parser = new Schema.Parser();
    String json =
        RawBlock.getClassSchema()
            .toString()
            .replaceFirst(
                "\"fields\":\\[",
                "\"fields\":[{\"name\":\"outageNote\",\"type\":[\"null\",\"string\"],"
                    + "\"default\":null},");
    Schema evolved = parser.parse(json);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    new SpecificDatumWriter<>(RawBlock.class).write(block, encoder);
    encoder.flush();
    GenericRecord record =
        new GenericDatumReader<GenericRecord>(RawBlock.getClassSchema(), evolved)
            .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    try (GenericAvroSerde serde = new GenericAvroSerde()) {
      serde.configure(Map.of("schema.registry.url", registry.confluentApiUrl()), false);
      return serde.serializer().serialize(topic, record);
    }
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, long key, byte[] value) {
    producer.beginTransaction();
    producer.send(new ProducerRecord<>(topic, new LongSerializer().serialize(topic, key), value));
    producer.commitTransaction();
  }
}
