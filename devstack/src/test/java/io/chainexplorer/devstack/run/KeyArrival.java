package io.chainexplorer.devstack.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Waits for a committed record with a given key on the first partition of a topic. */
final class KeyArrival {

  private KeyArrival() {}

  /**
   * Reads {@code topic} from its start with {@code client}'s settings until a record with {@code
   * key} arrives (true), the timeout passes or {@code stillRunning} turns false (false).
   */
  static boolean await(
      Map<String, Object> client,
      String topic,
      String key,
      Duration timeout,
      BooleanSupplier stillRunning) {
    Map<String, Object> settings = new HashMap<>(client);
    settings.put("isolation.level", "read_committed");
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(new TopicPartition(topic, 0)));
      consumer.seekToBeginning(consumer.assignment());
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (key.equals(record.key())) {
            return true;
          }
        }
        if (!stillRunning.getAsBoolean()) {
          return false;
        }
      }
    }
    return false;
  }
}
