package io.chainexplorer.reliability.secrets;

import io.chainexplorer.reliability.kafka.WholeTopics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Feeds every record of the selected topics (internal ones included: changelogs, offsets of
 * Connect) to a {@link SecretScan}: key, value and headers as bytes, aborted transactions too.
 */
public final class TopicScan {

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
    // Aborted records are still on disk and readable by a careless consumer: scan them too.
    try (WholeTopics all = new WholeTopics(bootstrapServers, false)) {
      for (String topic : topics) {
        all.read(topic, record -> scanRecord(record, scan));
      }
    }
    return topics;
  }

  private static void scanRecord(ConsumerRecord<byte[], byte[]> record, SecretScan scan) {
    String where = record.topic() + ":" + record.partition() + ":" + record.offset();
    scan.bytes(where + " key", record.key()).bytes(where + " value", record.value());
    for (Header header : record.headers()) {
      scan.bytes(where + " header " + header.key(), header.value());
    }
  }
}
