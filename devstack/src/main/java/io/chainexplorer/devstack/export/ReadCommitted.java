package io.chainexplorer.devstack.export;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Consumers that see only committed records, never commit, and fit the largest raw block. */
public final class ReadCommitted {

  private static final int MAX_FETCH_BYTES = 16 << 20;

  private ReadCommitted() {}

  /** A byte-array consumer without a group, for assigned partitions. */
  public static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(MAX_FETCH_BYTES));
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
