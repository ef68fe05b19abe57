package io.chainexplorer.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class KafkaExtensionIT {

  private static KafkaEndpoint sharedKafka;

  @Test
  void shouldReturnCommittedRecordsAndHideAbortedOnesWhenReadingCommitted(KafkaEndpoint kafka) {
    String topic = "smoke-transactions";
    kafka.createTopic(topic, 2);

    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "smoke-tx");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
      producer.initTransactions();
      sendInTransaction(producer, topic, "committed-1");
      producer.beginTransaction();
      producer.send(record(topic, "aborted"));
      producer.flush();
      producer.abortTransaction();
      sendInTransaction(producer, topic, "committed-2");
    }

    List<ConsumerRecord<byte[], byte[]>> records =
        kafka.readCommitted(topic, Duration.ofSeconds(30));

    assertThat(records)
        .extracting(r -> new String(r.value(), UTF_8))
        .containsExactly("committed-1", "committed-2");
  }

  @Test
  void shouldWaitForRecordsStillBeingWrittenWhenAwaitingCommittedOnes(KafkaEndpoint kafka)
      throws Exception {
    String topic = "smoke-await";
    kafka.createTopic(topic, 3);
    StringDeserializer strings = new StringDeserializer();
    Thread writer =
        new Thread(
            () -> {
              try (KafkaProducer<byte[], byte[]> producer =
                  new KafkaProducer<>(kafka.producerConfig())) {
                for (String value : List.of("a", "b", "c")) {
                  producer.send(new ProducerRecord<>(topic, value.getBytes(UTF_8)));
                }
              }
            });
    writer.start();

    List<ConsumerRecord<String, String>> records =
        kafka.awaitCommitted(topic, strings, strings, 3, Duration.ofSeconds(30));
    writer.join();

    assertThat(records).extracting(ConsumerRecord::value).containsExactlyInAnyOrder("a", "b", "c");
    assertThatThrownBy(
            () -> kafka.awaitCommitted(topic, strings, strings, 4, Duration.ofSeconds(2)))
        .hasMessageContaining("3 of 4 records arrived in " + topic);
  }

  @Test
  void shouldInjectTheSameBrokerIntoStaticFieldsAndParameters(KafkaEndpoint kafka) {
    assertThat(sharedKafka).isNotNull();
    assertThat(sharedKafka.bootstrapServers()).isEqualTo(kafka.bootstrapServers());
  }

  private static void sendInTransaction(
      KafkaProducer<byte[], byte[]> producer, String topic, String value) {
    producer.beginTransaction();
    producer.send(record(topic, value));
    producer.commitTransaction();
  }

  private static ProducerRecord<byte[], byte[]> record(String topic, String value) {
    // One key, one partition: the order of the assertion is the order of the log.
    return new ProducerRecord<>(topic, "k".getBytes(UTF_8), value.getBytes(UTF_8));
  }
}
