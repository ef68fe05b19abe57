package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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

@Timeout(180)
class EmbeddedKafkaIT {

  private static final String TOPIC = "resumed";

  @Test
  void shouldKeepTopicsAndRecordsWhenRestartedOnTheSameDataDirectory(@TempDir Path dataDir)
      throws Exception {
    try (EmbeddedKafka first = EmbeddedKafka.start(dataDir)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", first.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
      }
      try (KafkaProducer<String, String> producer = producer(first)) {
        producer.send(new ProducerRecord<>(TOPIC, "block", "17")).get();
      }
    }

    try (EmbeddedKafka second = EmbeddedKafka.start(dataDir)) {
      assertThat(readAll(second)).containsExactly("17");
    }
  }

  @Test
  void shouldCloseOnlyOnceWhenClosedTwice() {
    EmbeddedKafka kafka = EmbeddedKafka.start();
    kafka.close();

    assertThatCode(kafka::close).doesNotThrowAnyException();
  }

  private static KafkaProducer<String, String> producer(EmbeddedKafka kafka) {
    return new KafkaProducer<>(
        Map.of("bootstrap.servers", kafka.bootstrapServers()),
        new StringSerializer(),
        new StringSerializer());
  }

  private static List<String> readAll(EmbeddedKafka kafka) {
    TopicPartition partition = new TopicPartition(TOPIC, 0);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of("bootstrap.servers", kafka.bootstrapServers()),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
      List<String> values = new ArrayList<>();
      while (consumer.position(partition) < end) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
      return values;
    }
  }
}
