package io.chainexplorer.bench.e2e;

import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * When each block's records became visible to a {@code read_committed} consumer: the raw block, the
 * enriched block and each enriched transaction, by the {@link System#nanoTime()} of the poll that
 * first returned them; records committed before {@link #start} are not timed.
 */
final class HopClock implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(100);

  private final Map<Long, Long> rawBlocks = new ConcurrentHashMap<>();
  private final Map<Long, Long> rawSent = new ConcurrentHashMap<>();
  private final Map<Long, Long> blocks = new ConcurrentHashMap<>();
  private final Map<String, Long> transactions = new ConcurrentHashMap<>();
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final String rawTopic;
  private final String blocksTopic;
  private final String transactionsTopic;
  private final Thread thread;
  private volatile boolean running = true;

  private HopClock(String bootstrapServers, TopicCatalogue topics) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // the broker answers a fetch as soon as a committed record is there; the wait only bounds idle
    // fetches
    config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    this.consumer = new KafkaConsumer<>(config);
    this.rawTopic = topics.rawBlocks().name();
    this.blocksTopic = topics.blocks().name();
    this.transactionsTopic = topics.transactions().name();
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(rawTopic, blocksTopic, transactionsTopic)) {
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    this.thread = new Thread(this::follow, "hop-clock");
    this.thread.setDaemon(true);
  }

  /** Starts following the three topics from their current ends. */
  static HopClock start(String bootstrapServers, TopicCatalogue topics) {
    HopClock clock = new HopClock(bootstrapServers, topics);
    clock.thread.start();
    return clock;
  }

  private void follow() {
    LongDeserializer numbers = new LongDeserializer();
    StringDeserializer strings = new StringDeserializer();
    try {
      while (running) {
        var records = consumer.poll(POLL);
        long now = System.nanoTime();
        for (ConsumerRecord<byte[], byte[]> record : records) {
          if (record.key() == null) {
            continue;
          }
          if (rawTopic.equals(record.topic())) {
            long number = numbers.deserialize(rawTopic, record.key());
            rawBlocks.putIfAbsent(number, now);
            // the poller's producer stamps the record when it sends it (CreateTime)
            rawSent.putIfAbsent(number, record.timestamp());
          } else if (blocksTopic.equals(record.topic())) {
            blocks.putIfAbsent(numbers.deserialize(blocksTopic, record.key()), now);
          } else {
            transactions.putIfAbsent(strings.deserialize(transactionsTopic, record.key()), now);
          }
        }
      }
    } catch (WakeupException expected) {
      // close() ends the loop
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /**
   * Takes the times of block {@code number} and its transactions out of the clock: when its raw
   * block, and when its enriched block and last enriched transaction, became visible (0 if never),
   * and the wall-clock milliseconds at which the poller sent the raw block (0 if never).
   */
  long[] take(long number, Iterable<String> transactionHashes) {
    long sent = orZero(rawSent.remove(number));
    long raw = orZero(rawBlocks.remove(number));
    long enriched = orZero(blocks.remove(number));
    for (String hash : transactionHashes) {
      long seen = orZero(transactions.remove(hash));
      enriched = seen == 0 || enriched == 0 ? 0 : Math.max(enriched, seen);
    }
    return new long[] {raw, enriched, sent};
  }

  private static long orZero(Long nanos) {
    return nanos == null ? 0 : nanos;
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
  }
}
