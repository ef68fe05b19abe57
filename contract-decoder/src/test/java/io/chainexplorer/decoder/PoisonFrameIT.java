package io.chainexplorer.decoder;

import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static io.chainexplorer.decoder.topology.Fixtures.calldata;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.schemas.wire.FrameLocation;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.records.HostilePayloads;
import io.chainexplorer.testsupport.records.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile frames on the transactions topic are dead-lettered and the next call is decoded. Runs in
 * a JVM with a 256 MB heap, which the gigabyte such a frame declares would overflow.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class PoisonFrameIT {

  private static final String CHAIN = "eth-decoder-poison-it";

  @TempDir Path stateDir;

  @Test
  void shouldDeadLetterFramesDeclaringMoreThanTheyHoldAndDecodeTheNextCall(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    TopicSpec<String, Transaction> transactions = topics.transactions();
    Transaction good =
        call(1, address(0x7070), calldata("transfer(address,uint256)", address(1), BigInteger.TEN));

    try (DecoderApp app = DecoderApp.start(config(kafka, registry), new SimpleMeterRegistry());
        TopicSerdes serdes =
            TopicSerdes.of(Map.of("schema.registry.url", registry.confluentApiUrl()));
        KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(TopicRecords.idempotent(kafka))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      byte[] goodFrame = serdes.value(transactions).serializer().serialize("t", good);
      int id = WireFormat.schemaId(goodFrame, FrameLocation.ofTopic(transactions.name()));
      send(producer, transactions, "huge", WireFormat.frame(id, HostilePayloads.gigabyteString()));
      send(
          producer,
          transactions,
          "short",
          WireFormat.frame(id, HostilePayloads.stringLongerThanItsFrame()));
      send(producer, transactions, good.getHash(), goodFrame);

      List<ConsumerRecord<String, DecodedCall>> calls =
          TopicRecords.await(
              kafka,
              topics.decodedCalls().name(),
              serdes.key(topics.decodedCalls()),
              serdes.value(topics.decodedCalls()),
              1);
      assertThat(calls.get(0).key()).isEqualTo(good.getHash());
      TopicSpec<String, DeadLetter> deadLetters = topics.deadLetters(App.CONTRACT_DECODER);
      List<ConsumerRecord<String, DeadLetter>> letters =
          TopicRecords.await(
              kafka, deadLetters.name(), serdes.key(deadLetters), serdes.value(deadLetters), 2);
      assertThat(letters)
          .extracting(letter -> letter.value().getReason())
          .allSatisfy(reason -> assertThat(reason).startsWith("undeserializable"))
          .anySatisfy(reason -> assertThat(reason).contains("string of 1073741824 bytes"))
          .anySatisfy(reason -> assertThat(reason).contains("string of 40 bytes"));
      assertThat(app.isHealthy()).isTrue();
    }
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, TopicSpec<String, ?> topic, String key, byte[] value)
      throws Exception {
    producer
        .send(new ProducerRecord<>(topic.name(), key.getBytes(StandardCharsets.UTF_8), value))
        .get();
  }

  private DecoderConfig config(KafkaEndpoint kafka, SchemaRegistryEndpoint registry) {
    return new DecoderConfig(
        Map.of(
            "chain.name", CHAIN,
            "kafka.bootstrap.servers", kafka.bootstrapServers(),
            "schema.registry.url", registry.confluentApiUrl(),
            "state.dir", stateDir.toString()));
  }
}
