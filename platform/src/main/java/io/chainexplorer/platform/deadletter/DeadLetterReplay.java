package io.chainexplorer.platform.deadletter;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.topics.App;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Sends an app's dead letters back to the topic, partition, key and bytes they were read from, so
 * that the app that rejected them reads them again, exactly once: each batch of re-published
 * records and the replay cursor (the offsets of group {@code dlq-replay-<chain>-<app>} on the
 * dead-letter topic) commit in one Kafka transaction, and the transactional id fences a replay
 * still running or crashed halfway (its open transaction is aborted). A second replay therefore
 * starts where the first committed and re-publishes nothing twice.
 */
public final class DeadLetterReplay {

  /**
   * Header naming the dead letter a replayed record comes from ({@code topic:partition:offset}).
   */
  public static final String REPLAY_OF = "chainexplorer.replay.of";

  private static final Duration POLL = Duration.ofMillis(500);

  private final Map<String, Object> clientProperties;
  private final String deadLetterTopic;
  private final Deserializer<DeadLetter> envelopes;
  private final String name;

  /**
   * A replay of {@code app}'s dead-letter topic of chain {@code chain}.
   *
   * @param clientProperties the service's Kafka client settings (bootstrap, security)
   * @param envelopes the dead-letter topic's value deserializer
   */
  public DeadLetterReplay(
      Map<String, Object> clientProperties,
      String chain,
      App app,
      String deadLetterTopic,
      Deserializer<DeadLetter> envelopes) {
    this.clientProperties = Map.copyOf(clientProperties);
    this.deadLetterTopic = deadLetterTopic;
    this.envelopes = envelopes;
    this.name = "dlq-replay-" + chain + "-" + app.id();
  }

  /** The consumer group holding the cursor, and the producer's transactional id. */
  public String name() {
    return name;
  }

  /** Replays the dead letters of {@code range} no earlier replay took; returns the counts. */
  public ReplayResult run(ReplayRange range) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer();
        KafkaProducer<byte[], byte[]> producer = producer()) {
      // first: fences an earlier replay and aborts what it left open, before the cursor is read
      producer.initTransactions();
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(deadLetterTopic)
          .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      if (partitions.isEmpty()) {
        // no dead-letter topic yet: the app never rejected anything
        return new ReplayResult(0, 0, 0);
      }
      consumer.assign(partitions);
      return copy(consumer, producer, ReplayCursor.start(consumer, partitions, range));
    }
  }

  private ReplayResult copy(
      KafkaConsumer<byte[], byte[]> consumer,
      KafkaProducer<byte[], byte[]> producer,
      ReplayCursor cursor) {
    long replayed = 0;
    long passed = 0;
    int transactions = 0;
    Map<TopicPartition, Long> committed = new HashMap<>(cursor.resumed());
    // at least one round, so that a start moved by --from is committed even with nothing to send
    do {
      ConsumerRecords<byte[], byte[]> batch = consumer.poll(POLL);
      List<ProducerRecord<byte[], byte[]>> sends = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> record : batch) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        if (record.offset() < cursor.stop().get(partition)) {
          ProducerRecord<byte[], byte[]> original = original(record);
          if (original == null) {
            passed++;
          } else {
            sends.add(original);
          }
        }
      }
      Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
      cursor
          .positions(consumer)
          .forEach(
              (partition, offset) -> {
                if (!offset.equals(committed.get(partition))) {
                  next.put(partition, new OffsetAndMetadata(offset));
                }
              });
      if (next.isEmpty()) {
        continue;
      }
      producer.beginTransaction();
      sends.forEach(producer::send);
      producer.sendOffsetsToTransaction(next, new ConsumerGroupMetadata(name));
      producer.commitTransaction();
      next.forEach((partition, offset) -> committed.put(partition, offset.offset()));
      replayed += sends.size();
      transactions++;
    } while (!cursor.reached(consumer));
    return new ReplayResult(replayed, passed + cursor.skipped(), transactions);
  }

  /** The record as the app first read it, or null when the letter is no envelope. */
  private ProducerRecord<byte[], byte[]> original(ConsumerRecord<byte[], byte[]> record) {
    DeadLetter letter;
    try {
      letter = envelopes.deserialize(record.topic(), record.value());
    } catch (RuntimeException e) {
      return null;
    }
    if (letter == null) {
      return null;
    }
    RecordHeaders headers = new RecordHeaders();
    headers.add(
        REPLAY_OF,
        (record.topic() + ":" + record.partition() + ":" + record.offset())
            .getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(
        letter.getSourceTopic(),
        letter.getPartition(),
        bytes(letter.getKey()),
        bytes(letter.getValue()),
        headers);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    Map<String, Object> properties = new HashMap<>(clientProperties);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, name);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return new KafkaConsumer<>(
        properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private KafkaProducer<byte[], byte[]> producer() {
    Map<String, Object> properties = new HashMap<>(clientProperties);
    properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, name);
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
