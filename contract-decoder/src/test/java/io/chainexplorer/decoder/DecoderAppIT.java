package io.chainexplorer.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.abi.SignatureParser;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.decoder.topology.DecoderSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class DecoderAppIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final String CHAIN = "eth-decoder-it";
  private static final String TOKEN = String.format("0x%040x", 0x7070);
  private static final String CUSTOM = String.format("0x%040x", 0xc0de);
  private static final String HOLDER = String.format("0x%040x", 0xa1);

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
        DecoderSerdes serdes =
            DecoderSerdes.of(Map.of("schema.registry.url", registry.confluentApiUrl()));
        KafkaProducer<String, byte[]> producer = producer(kafka)) {
      Awaitility.await().atMost(TIMEOUT).until(app::isHealthy);
      send(
          producer,
          serdes,
          topics.transactions(),
          tx(1, TOKEN, call("transfer(address,uint256)", HOLDER, BigInteger.TEN)));
      send(
          producer,
          serdes,
          topics.transactions(),
          tx(2, CUSTOM, call("setValue(uint256)", BigInteger.ONE)));
      send(producer, serdes, topics.transactions(), tx(3, TOKEN, "0xdeadbeef"));
      send(producer, serdes, topics.logs(), transferLog(4));
      producer
          .send(
              new ProducerRecord<>(
                  topics.transactions().name(),
                  "poison",
                  "poison".getBytes(StandardCharsets.UTF_8)))
          .get();

      List<ConsumerRecord<String, DecodedCall>> calls =
          await(kafka, serdes, topics.decodedCalls(), 2);
      assertThat(calls)
          .extracting(record -> record.value().getAbiSource())
          .containsExactlyInAnyOrder(AbiSource.STANDARD, AbiSource.USER);
      List<ConsumerRecord<String, DecodedEvent>> events =
          await(kafka, serdes, topics.decodedEvents(), 1);
      assertThat(events.get(0).key()).isEqualTo(hash(4) + ":0");
      List<ConsumerRecord<String, DeadLetter>> letters =
          await(kafka, serdes, topics.deadLetters(App.CONTRACT_DECODER), 2);
      assertThat(letters)
          .extracting(record -> record.value().getReason().split(":")[0])
          .containsExactlyInAnyOrder("unknown-selector", "unreadable");
      assertThat(letters)
          .allSatisfy(
              record ->
                  assertThat(record.value().getSourceTopic())
                      .isEqualTo(topics.transactions().name()));
      assertThat(meters.get(DecoderMetrics.OUTCOMES).tag("outcome", "decoded").counters())
          .isNotEmpty();
    }
  }

  private static String call(String signature, Object... values) {
    return Hex.encode(AbiEncoder.encode(SignatureParser.function(signature), List.of(values)));
  }

  private static String hash(int n) {
    return String.format("0x%064x", n);
  }

  private static Transaction tx(int n, String to, String input) {
    return Transaction.newBuilder()
        .setBlockNumber(100)
        .setBlockHash(hash(0xb1))
        .setBlockTimestamp(1_763_726_400L)
        .setHash(hash(n))
        .setTransactionIndex(n)
        .setType(2)
        .setNonce(n)
        .setFrom(HOLDER)
        .setTo(to)
        .setValue(BigDecimal.ZERO)
        .setGas(100_000)
        .setInput(input)
        .setR("0x01")
        .setS("0x02")
        .setStatus(1L)
        .setGasUsed(50_000)
        .setCumulativeGasUsed(50_000)
        .setLogsBloom("0x" + "00".repeat(256))
        .setFeePaid(BigDecimal.ONE)
        .setClassification(TransactionClassification.CONTRACT_CALL)
        .build();
  }

  private static Log transferLog(int n) {
    String word = "0x" + "0".repeat(24) + HOLDER.substring(2);
    return Log.newBuilder()
        .setBlockNumber(100)
        .setBlockHash(hash(0xb1))
        .setBlockTimestamp(1_763_726_400L)
        .setTransactionHash(hash(n))
        .setTransactionIndex(n)
        .setLogIndex(0)
        .setAddress(TOKEN)
        .setTopics(
            List.of(
                SignatureParser.event("Transfer(address indexed,address indexed,uint256)")
                    .topic0Hex(),
                word,
                word))
        .setData(String.format("0x%064x", 5))
        .build();
  }

  private static <V> void send(
      KafkaProducer<String, byte[]> producer,
      DecoderSerdes serdes,
      TopicSpec<String, V> topic,
      V value)
      throws Exception {
    String key =
        value instanceof Transaction tx ? tx.getHash() : ((Log) value).getTransactionHash() + ":0";
    producer
        .send(
            new ProducerRecord<>(
                topic.name(), key, serdes.value(topic).serializer().serialize(topic.name(), value)))
        .get();
  }

  private static KafkaProducer<String, byte[]> producer(KafkaEndpoint kafka) {
    Map<String, Object> settings = kafka.producerConfig();
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(
        settings,
        new StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer());
  }

  private static <K, V> List<ConsumerRecord<K, V>> await(
      KafkaEndpoint kafka, DecoderSerdes serdes, TopicSpec<K, V> topic, int count) {
    return kafka.awaitCommitted(
        topic.name(),
        serdes.key(topic).deserializer(),
        serdes.value(topic).deserializer(),
        count,
        TIMEOUT);
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
