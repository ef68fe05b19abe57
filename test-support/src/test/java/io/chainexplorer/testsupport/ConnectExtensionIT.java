package io.chainexplorer.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({KafkaExtension.class, ConnectExtension.class})
class ConnectExtensionIT {

  @Test
  void shouldDeliverProducedRecordsToASinkConnectorWhenItRuns(
      KafkaEndpoint kafka, ConnectEndpoint connect) {
    String topic = "smoke-connect";
    kafka.createTopic(topic, 1);
    connect.createConnector(
        "smoke-recording-sink",
        Map.of(
            "connector.class",
            RecordingSinkConnector.class.getName(),
            "tasks.max",
            1,
            "topics",
            topic));
    connect.awaitConnectorRunning("smoke-recording-sink", Duration.ofSeconds(60));

    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerConfig())) {
      for (String value : new String[] {"block-1", "block-2", "block-3"}) {
        producer.send(new ProducerRecord<>(topic, value.getBytes(UTF_8)));
      }
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(RecordingSinkTask.RECEIVED)
                    .containsExactly(topic + ":block-1", topic + ":block-2", topic + ":block-3"));
    assertThat(connect.restUrl()).startsWith("http://127.0.0.1:");
  }
}
