package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The decoded topics as a read_committed consumer applying retractions sees them, on a real broker
 * and registry: a call of an orphaned block that was retracted and a copy in an aborted transaction
 * leave nothing behind; a call of an orphaned block that was never retracted is counted.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class DecodedTopicsIT {

  private static final DecoderKnowledge ERC20 =
      new DecoderKnowledge().everywhere(DecodedOutputs.ERC20_ABI);

  private final List<RawBlock> blocks = DecodedOutputs.blocks(10, 12, 0);
  private final RawBlock orphan = DecodedOutputs.blocks(11, 11, 1).get(0);
  private final RawBlock neverRetracted = DecodedOutputs.blocks(12, 12, 2).get(0);

  @Test
  void shouldApplyRetractionsSkipAbortedRecordsAndCountWhatStaysOrphaned(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    TopicCatalogue topics = TopicCatalogue.forChain("decoded-it-" + System.nanoTime());
    kafka.createTopic(topics.decodedCalls().name(), 1);
    kafka.createTopic(topics.decodedEvents().name(), 1);
    SchemaRegistryClient client =
        SchemaRegistryClients.create(Map.of("schema.registry.url", registry.confluentApiUrl()));
    try (KafkaProducer<String, Object> producer = producer(kafka, client)) {
      producer.initTransactions();
      producer.beginTransaction();
      send(producer, topics, DecodedOutputs.call(orphan));
      send(
          producer,
          topics,
          DecodedCall.newBuilder(DecodedOutputs.call(orphan)).setRetracted(true).build());
      send(producer, topics, DecodedOutputs.call(neverRetracted));
      for (RawBlock block : blocks) {
        send(producer, topics, DecodedOutputs.call(block));
        producer.send(
            new ProducerRecord<>(topics.decodedEvents().name(), "e", DecodedOutputs.event(block)));
      }
      producer.commitTransaction();
      producer.beginTransaction();
      send(producer, topics, DecodedOutputs.call(blocks.get(0)));
      producer.abortTransaction();
    }

    TruthReport report =
        new GroundTruth("decoded-it", NodeChain.of(10, 12, blocks))
            .decodedTopics(ERC20, new TopicSnapshot(kafka.bootstrapServers(), client), topics)
            .report();

    assertThat(report.counts(Store.TOPICS).get(DecodedRecord.CALL))
        .isEqualTo(new Counts(3, 4, 0, 0, 1, 0));
    assertThat(report.counts(Store.TOPICS).get(DecodedRecord.EVENT))
        .isEqualTo(new Counts(3, 3, 0, 0, 0, 0));
  }

  private static KafkaProducer<String, Object> producer(
      KafkaEndpoint kafka, SchemaRegistryClient client) {
    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "decoded-it-" + System.nanoTime());
    return new KafkaProducer<>(config, new StringSerializer(), new KafkaAvroSerializer(client));
  }

  private static void send(
      KafkaProducer<String, Object> producer, TopicCatalogue topics, DecodedCall call) {
    producer.send(
        new ProducerRecord<>(topics.decodedCalls().name(), call.getTransactionHash(), call));
  }
}
