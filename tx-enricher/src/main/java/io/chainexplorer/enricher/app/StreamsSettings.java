package io.chainexplorer.enricher.app;

import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.EnricherTopology;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The enricher's Kafka Streams settings on top of the service's Streams properties. */
public final class StreamsSettings {

  private StreamsSettings() {}

  /**
   * Producer batch size: one block's logs (~150 KB for a 300-log mainnet block) fit one batch, so a
   * block costs a few produce requests and compression contexts per topic instead of one per 16 KB
   * (the client default).
   */
  static final int PRODUCER_BATCH_BYTES = 512 * 1024;

  /**
   * The configured Streams keys ({@code processing.guarantee} defaults to exactly_once_v2) plus
   * room for the largest raw blocks on fetch and produce, and {@link #PRODUCER_BATCH_BYTES}. {@code
   * max.task.idle.ms} stays at its default: the only order the topology needs is a block before its
   * own retraction, which the poller writes in a later transaction, so timestamp order within the
   * task gives it.
   */
  public static Properties streams(EnricherConfig config) {
    Properties properties = new Properties();
    properties.putAll(config.kafkaStreamsProperties());
    properties.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
        EnricherTopology.MAX_RAW_BLOCK_BYTES);
    properties.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG),
        EnricherTopology.MAX_RAW_BLOCK_BYTES);
    properties.put(
        StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        EnricherTopology.MAX_RAW_BLOCK_BYTES);
    properties.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
    properties.put(
        StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
    return properties;
  }
}
