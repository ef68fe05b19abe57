package io.chainexplorer.enricher;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.records.TopicRecords;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;

/** The enricher's ITs play the poller: raw blocks and retractions written as it writes them. */
public final class RawBlockTopics {

  private RawBlockTopics() {}

  /** Producer settings of a transactional writer standing in for the chain's poller. */
  public static Map<String, Object> transactional(KafkaEndpoint kafka, String chain) {
    return TopicRecords.transactional(kafka, chain + "-test-poller");
  }

  /** Retractions first, then blocks, in one transaction: the poller's order. */
  public static void publish(
      KafkaProducer<byte[], byte[]> producer,
      TopicSerdes serdes,
      TopicCatalogue topics,
      List<RawBlock> blocks,
      List<BlockRetraction> retractions) {
    producer.beginTransaction();
    for (BlockRetraction retraction : retractions) {
      send(producer, serdes, topics.blockRetractions(), retraction.getBlockNumber(), retraction);
    }
    send(producer, serdes, topics, blocks);
    producer.commitTransaction();
  }

  /** Raw blocks without a transaction: one offset per block, no commit marker between them. */
  public static void publishWithoutTransaction(
      KafkaEndpoint kafka, TopicSerdes serdes, TopicCatalogue topics, List<RawBlock> blocks) {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerConfig())) {
      send(producer, serdes, topics, blocks);
      producer.flush();
    }
  }

  /** Waits for {@code count} committed records of the topic. */
  public static <K, V> List<ConsumerRecord<K, V>> await(
      KafkaEndpoint kafka, TopicSerdes serdes, TopicSpec<K, V> topic, int count) {
    return TopicRecords.await(kafka, topic.name(), serdes.key(topic), serdes.value(topic), count);
  }

  /** The retraction of {@code orphan} replaced by {@code canonical}, one block deep. */
  public static BlockRetraction retraction(RawBlock orphan, RawBlock canonical) {
    return BlockRetraction.newBuilder()
        .setBlockNumber(orphan.getBlockNumber())
        .setBlockHash(orphan.getBlockHash())
        .setBlockTimestamp(orphan.getBlockTimestamp())
        .setCanonicalBlockHash(canonical.getBlockHash())
        .setDepth(1)
        .setDetectedAt(Instant.now())
        .build();
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer,
      TopicSerdes serdes,
      TopicCatalogue topics,
      List<RawBlock> blocks) {
    for (RawBlock block : blocks) {
      send(producer, serdes, topics.rawBlocks(), block.getBlockNumber(), block);
    }
  }

  private static <V> void send(
      KafkaProducer<byte[], byte[]> producer,
      TopicSerdes serdes,
      TopicSpec<Long, V> topic,
      long key,
      V value) {
    TopicRecords.send(producer, topic.name(), serdes.key(topic), key, serdes.value(topic), value);
  }
}
