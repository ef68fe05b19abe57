package io.chainexplorer.decoder;

import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static io.chainexplorer.decoder.topology.Fixtures.calldata;
import static io.chainexplorer.decoder.topology.Fixtures.log;
import static io.chainexplorer.decoder.topology.Fixtures.topic0;
import static io.chainexplorer.decoder.topology.Fixtures.txHash;
import static io.chainexplorer.decoder.topology.Fixtures.uint;
import static io.chainexplorer.decoder.topology.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.decoder.errors.DecoderMetrics;
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
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
  void shouldDecodeWithStandardsAndTheAbiDirectoryAndDeadLetterTheRestOnTheRealBroker(
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
          await(kafka, serdes, topics.decodedCalls(), 2);
      assertThat(calls)
          .extracting(record -> record.value().getAbiSource())
          .containsExactlyInAnyOrder(AbiSource.STANDARD, AbiSource.USER);
      List<ConsumerRecord<String, DecodedEvent>> events =
          await(kafka, serdes, topics.decodedEvents(), 1);
      assertThat(events.get(0).key()).isEqualTo(txHash(4) + ":0");
      List<ConsumerRecord<String, DeadLetter>> letters =
          await(kafka, serdes, topics.deadLetters(App.CONTRACT_DECODER), 2);
      assertThat(letters)
          .extracting(record -> record.value().getReason().split(":")[0])
          .containsExactlyInAnyOrder("unknown-selector", "undeserializable");
      assertThat(letters)
          .allSatisfy(
              record ->
                  assertThat(record.value().getSourceTopic())
                      .isEqualTo(topics.transactions().name()));
      assertThat(meters.get(DecoderMetrics.OUTCOMES).tag("outcome", "decoded").counters())
          .isNotEmpty();
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
        value instanceof Transaction tx ? tx.getHash() : ((Log) value).getTransactionHash() + ":0";
    TopicRecords.send(producer, topic.name(), serdes.key(topic), key, serdes.value(topic), value)
        .get();
  }

  private static <K, V> List<ConsumerRecord<K, V>> await(
      KafkaEndpoint kafka, TopicSerdes serdes, TopicSpec<K, V> topic, int count) {
    return TopicRecords.await(kafka, topic.name(), serdes.key(topic), serdes.value(topic), count);
  }

  private DecoderConfig config(KafkaEndpoint kafka, SchemaRegistryEndpoint registry) {
    return new DecoderConfig(
        Map.of(
            "chain.name", CHAIN,
            "kafka.bootstrap.servers", kafka.bootstrapServers(),
            "schema.registry.url", registry.confluentApiUrl(),
            "state.dir", stateDir.toString(),
            "abi.dir", abiDir.toString()));
  }
}
