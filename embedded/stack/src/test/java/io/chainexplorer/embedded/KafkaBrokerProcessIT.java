package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(300)
class KafkaBrokerProcessIT {

  private static final String TOPIC = "blocks";

  @TempDir Path dataDir;

  @Test
  void shouldKeepEveryCommittedRecordAndServeTheSameClientsWhenKilledAndRestarted()
      throws Exception {
    try (KafkaBrokerProcess broker = KafkaBrokerProcess.start(dataDir, "256m");
        KafkaProducer<String, String> producer = transactionalProducer(broker);
        KafkaConsumer<String, String> consumer = committedReader(broker)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
      }
      String before = broker.bootstrapServers();
      long pid = broker.pid();
      producer.initTransactions();
      publish(producer, "1", "2");
      consumer.assign(List.of(new TopicPartition(TOPIC, 0)));
      List<String> seen = new ArrayList<>();
      await().atMost(Duration.ofSeconds(60)).until(() -> poll(consumer, seen).size() == 2);

      broker.kill();
      assertThat(broker.isRunning()).isFalse();
      broker.restart();

      assertThat(broker.bootstrapServers()).isEqualTo(before);
      assertThat(broker.pid()).isNotEqualTo(pid);
      publish(producer, "3", "4");
      await().atMost(Duration.ofSeconds(120)).until(() -> poll(consumer, seen).size() >= 4);
      assertThat(seen).containsExactly("1", "2", "3", "4");
    }

    try (KafkaBrokerProcess resumed = KafkaBrokerProcess.start(dataDir, "256m");
        KafkaConsumer<String, String> reader = committedReader(resumed)) {
      reader.assign(List.of(new TopicPartition(TOPIC, 0)));
      reader.seekToBeginning(List.of(new TopicPartition(TOPIC, 0)));
      List<String> again = new ArrayList<>();
      await().atMost(Duration.ofSeconds(60)).until(() -> poll(reader, again).size() >= 4);
      assertThat(again).containsExactly("1", "2", "3", "4");
    }
  }

  private static void publish(KafkaProducer<String, String> producer, String... values) {
    producer.beginTransaction();
    for (String value : values) {
      producer.send(new ProducerRecord<>(TOPIC, value, value));
    }
    producer.commitTransaction();
  }

  private static List<String> poll(KafkaConsumer<String, String> consumer, List<String> seen) {
    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
      seen.add(record.value());
    }
    return seen;
  }

  private static KafkaProducer<String, String> transactionalProducer(KafkaBrokerProcess broker) {
    return new KafkaProducer<>(
        Map.of(
            "bootstrap.servers",
            broker.bootstrapServers(),
            "transactional.id",
            "broker-restart",
            "delivery.timeout.ms",
            120_000,
            "max.block.ms",
            120_000),
        new StringSerializer(),
        new StringSerializer());
  }

  private static KafkaConsumer<String, String> committedReader(KafkaBrokerProcess broker) {
    return new KafkaConsumer<>(
        Map.of(
            "bootstrap.servers", broker.bootstrapServers(),
            "isolation.level", "read_committed",
            "auto.offset.reset", "earliest"),
        new StringDeserializer(),
        new StringDeserializer());
  }
}
