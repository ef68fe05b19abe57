package io.chainexplorer.enricher;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.enricher.topology.EnricherSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.testsupport.KafkaEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;

/** The enricher's ITs play the poller: raw blocks and retractions written as it writes them. */
public final class RawBlockTopics {

  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  private RawBlockTopics() {}

  /** Producer settings of a transactional writer standing in for the chain's poller. */
  public static Map<String, Object> transactional(KafkaEndpoint kafka, String chain) {
    Map<String, Object> settings = kafka.producerConfig();
    settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, chain + "-test-poller");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return settings;
  }

  /** Retractions first, then blocks, in one transaction: the poller's order. */
  public static void publish(
      KafkaProducer<byte[], byte[]> producer,
      EnricherSerdes serdes,
      TopicCatalogue topics,
      List<RawBlock> blocks,
      List<BlockRetraction> retractions) {
    producer.beginTransaction();
    for (BlockRetraction retraction : retractions) {
      send(producer, serdes, topics.blockRetractions(), retraction.getBlockNumber(), retraction);
    }
    for (RawBlock block : blocks) {
      send(producer, serdes, topics.rawBlocks(), block.getBlockNumber(), block);
    }
    producer.commitTransaction();
  }

  /** Waits for {@code count} committed records of the topic. */
  public static <K, V> List<ConsumerRecord<K, V>> await(
      KafkaEndpoint kafka, EnricherSerdes serdes, TopicSpec<K, V> topic, int count) {
    return kafka.awaitCommitted(
        topic.name(),
        serdes.key(topic).deserializer(),
        serdes.value(topic).deserializer(),
        count,
        TIMEOUT);
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

  private static <V> void send(
      KafkaProducer<byte[], byte[]> producer,
      EnricherSerdes serdes,
      TopicSpec<Long, V> topic,
      long key,
      V value) {
    producer.send(
        new ProducerRecord<>(
            topic.name(),
            new LongSerializer().serialize(topic.name(), key),
            serdes.value(topic).serializer().serialize(topic.name(), value)));
  }
}
