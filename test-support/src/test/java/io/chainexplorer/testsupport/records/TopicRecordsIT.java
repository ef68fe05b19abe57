package io.chainexplorer.testsupport.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class TopicRecordsIT {

  @Test
  void shouldReadBackWithTheSerdesOnlyWhatATransactionCommitted(KafkaEndpoint kafka)
      throws Exception {
    String topic = "topic-records-it";
    kafka.createTopic(topic, 1);

    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(TopicRecords.transactional(kafka, "topic-records-it"))) {
      producer.initTransactions();
      producer.beginTransaction();
      TopicRecords.send(producer, topic, Serdes.Long(), 1L, Serdes.String(), "aborted");
      producer.abortTransaction();
      producer.beginTransaction();
      TopicRecords.send(producer, topic, Serdes.Long(), 2L, Serdes.String(), "committed");
      producer.commitTransaction();
    }

    List<ConsumerRecord<Long, String>> records =
        TopicRecords.await(kafka, topic, Serdes.Long(), Serdes.String(), 1);
    assertThat(records)
        .extracting(ConsumerRecord::key, ConsumerRecord::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "committed"));
  }

  @Test
  void shouldSendWithAnIdempotentProducer(KafkaEndpoint kafka) throws Exception {
    String topic = "topic-records-idempotent-it";
    kafka.createTopic(topic, 1);

    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(TopicRecords.idempotent(kafka))) {
      TopicRecords.send(producer, topic, Serdes.String(), "k", Serdes.String(), "v").get();
    }

    assertThat(TopicRecords.await(kafka, topic, Serdes.String(), Serdes.String(), 1))
        .singleElement()
        .satisfies(record -> assertThat(record.value()).isEqualTo("v"));
  }
}
