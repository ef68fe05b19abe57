package io.chainexplorer.enricher.app;

import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams, admin and serde settings of the enricher, derived from its configuration. */
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

  public static Map<String, Object> admin(EnricherConfig config) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(
        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
        String.join(",", config.kafkaBootstrapServers()));
    return settings;
  }

  /** Settings of the Avro serdes: registry URL and credentials when configured. */
  public static Map<String, Object> serde(EnricherConfig config) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(SchemaRegistryClientConfig.URL, config.schemaRegistryUrl());
    config
        .schemaRegistryUserInfo()
        .ifPresent(
            info -> settings.put(SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO, info.value()));
    return settings;
  }
}
