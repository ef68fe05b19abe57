package io.chainexplorer.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;

/** The shared Kafka broker as tests see it: its address and a few client shortcuts. */
public final class KafkaEndpoint {

  private final String bootstrapServers;

  public KafkaEndpoint(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** {@code host:port} of the broker. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Creates a topic with replication factor 1. */
  public void createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topic " + name, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + name, e);
    }
  }

  /** An admin client; the caller closes it. */
  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
  }

  /** Producer settings with byte-array serializers; add serializers or a transactional id. */
  public Map<String, Object> producerConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return config;
  }

  /** Consumer settings: read_committed, from the earliest offset, no auto-commit. */
  public Map<String, Object> consumerConfig(String groupId) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return config;
  }

  /**
   * Every committed record of the topic, from the beginning up to its last stable offset as it is
   * now (no aborted or still-open transaction is returned).
   */
  public List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic, Duration timeout) {
    return readCommitted(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), timeout);
  }

  /** As {@link #readCommitted(String, Duration)}, with the given deserializers. */
  public <K, V> List<ConsumerRecord<K, V>> readCommitted(
      String topic, Deserializer<K> keys, Deserializer<V> values, Duration timeout) {
    try (KafkaConsumer<K, V> consumer = openAtBeginning(topic, keys, values, timeout)) {
      // Under read_committed, endOffsets are the last stable offsets.
      Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), timeout);
      List<ConsumerRecord<K, V>> records = new ArrayList<>();
      Instant deadline = Instant.now().plus(timeout);
      while (!reached(consumer, end)) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "read " + records.size() + " records of " + topic + " but not its end " + end);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  /**
   * Reads committed records of the topic from the beginning until at least {@code count} have
   * arrived, for outputs another component is still writing.
   *
   * @throws IllegalStateException naming how many arrived when the timeout passes first
   */
  public <K, V> List<ConsumerRecord<K, V>> awaitCommitted(
      String topic, Deserializer<K> keys, Deserializer<V> values, int count, Duration timeout) {
    try (KafkaConsumer<K, V> consumer = openAtBeginning(topic, keys, values, timeout)) {
      List<ConsumerRecord<K, V>> records = new ArrayList<>();
      Instant deadline = Instant.now().plus(timeout);
      while (records.size() < count) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              records.size() + " of " + count + " records arrived in " + topic + " in " + timeout);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  /** A group-less read_committed consumer assigned every partition of the topic, at offset 0. */
  private <K, V> KafkaConsumer<K, V> openAtBeginning(
      String topic, Deserializer<K> keys, Deserializer<V> values, Duration timeout) {
    Map<String, Object> config = consumerConfig("unused");
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values);
    List<TopicPartition> partitions = new ArrayList<>();
    consumer
        .partitionsFor(topic, timeout)
        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    if (partitions.isEmpty()) {
      consumer.close();
      throw new IllegalStateException("topic " + topic + " does not exist");
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return consumer;
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Kafka at " + bootstrapServers;
  }
}
