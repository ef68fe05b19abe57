package io.chainexplorer.devstack.run;

import io.chainexplorer.devstack.export.ReadCommitted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the committed records of some topics from their start, without decoding them (offsets
 * would overcount: every transaction leaves a marker), and the records of one topic written since a
 * moment, such as raw blocks published since this run began.
 */
final class TopicCounter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TopicCounter.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<String> topics;
  private final String recentTopic;
  private final long sinceMillis;
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final AtomicLong recent = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * Starts counting in a background thread.
   *
   * @param recentTopic the topic whose records written at or after {@code sinceMillis} are counted
   */
  TopicCounter(String bootstrapServers, List<String> topics, String recentTopic, long sinceMillis) {
    this.consumer = ReadCommitted.consumer(bootstrapServers);
    this.topics = List.copyOf(topics);
    this.recentTopic = recentTopic;
    this.sinceMillis = sinceMillis;
    topics.forEach(topic -> counts.put(topic, new AtomicLong()));
    this.thread = new Thread(this::run, "run-topic-counter");
    thread.setDaemon(true);
    thread.start();
  }

  /** Committed records of {@code topic} read so far. */
  long count(String topic) {
    AtomicLong count = counts.get(topic);
    return count == null ? 0 : count.get();
  }

  /** Records of the recent topic written since the moment given at construction. */
  long recent() {
    return recent.get();
  }

  private void run() {
    try {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
          partitions.add(new TopicPartition(topic, info.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (running) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<byte[], byte[]> record : records) {
          counts.get(record.topic()).incrementAndGet();
          if (record.topic().equals(recentTopic) && record.timestamp() >= sinceMillis) {
            recent.incrementAndGet();
          }
        }
      }
    } catch (WakeupException stopping) {
      LOG.debug("topic counter stopped");
    } catch (RuntimeException e) {
      LOG.warn("topic counter stopped: {}", e.toString());
    } finally {
      consumer.close();
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
