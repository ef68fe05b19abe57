package io.chainexplorer.reliability.secrets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Feeds every record of the selected topics (internal ones included: changelogs, offsets of
 * Connect) to a {@link SecretScan}: key, value and headers as bytes, aborted transactions too.
 */
public final class TopicScan {

  private static final Duration POLL = Duration.ofMillis(200);

  private TopicScan() {}

  /** Scans every topic whose name {@code selected} accepts; returns the topics scanned. */
  public static List<String> scan(
      String bootstrapServers, Predicate<String> selected, SecretScan scan) throws Exception {
    List<String> topics = new ArrayList<>();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      for (String topic :
          admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get()) {
        if (selected.test(topic)) {
          topics.add(topic);
        }
      }
    }
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    // Aborted records are still on disk and readable by a careless consumer: scan them too.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      for (String topic : topics) {
        scanTopic(consumer, topic, scan);
      }
    }
    return topics;
  }

  private static void scanTopic(
      KafkaConsumer<byte[], byte[]> consumer, String topic, SecretScan scan) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : consumer.partitionsFor(topic)) {
      partitions.add(new TopicPartition(topic, info.partition()));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
        String where = record.topic() + ":" + record.partition() + ":" + record.offset();
        scan.bytes(where + " key", record.key()).bytes(where + " value", record.value());
        for (Header header : record.headers()) {
          scan.bytes(where + " header " + header.key(), header.value());
        }
      }
    }
  }
}
