package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.enricher.metrics.BlockStats;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicSpec;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Chain metrics per minute of block time: a table of per-height figures (a reorg replaces a height,
 * a retraction without replacement deletes it) regrouped by minute, where an adder and a subtractor
 * keep each minute equal to the sum of its current blocks.
 */
final class ChainMetricsBranch {

  static final String BLOCK_STATS_STORE = "block-stats";
  static final String MINUTE_STORE = "chain-metrics-by-minute";

  private ChainMetricsBranch() {}

  /** {@code changes}: per-height figures keyed by block number, null when a height is emptied. */
  static void attach(
      KStream<Long, BlockStats> changes, TopicSpec<Long, ChainMetrics> topic, TopicSerdes serdes) {
    BlockStatsSerde statsSerde = new BlockStatsSerde();
    KTable<Long, BlockStats> perHeight =
        changes
            // the processor may re-key, so Streams wants the table's input partitioned by height
            .repartition(
                Repartitioned.<Long, BlockStats>as("block-stats-by-height")
                    .withKeySerde(Serdes.Long())
                    .withValueSerde(statsSerde))
            .toTable(
                Named.as("block-stats-table"),
                Materialized.<Long, BlockStats, KeyValueStore<Bytes, byte[]>>as(BLOCK_STATS_STORE)
                    .withKeySerde(Serdes.Long())
                    .withValueSerde(statsSerde));
    perHeight
        .groupBy(
            (number, stats) -> KeyValue.pair(stats.minuteStart(), stats),
            Grouped.with("block-stats-by-minute", Serdes.Long(), statsSerde))
        .aggregate(
            MinuteMetrics::empty,
            (minute, stats, aggregate) -> aggregate.plus(stats),
            (minute, stats, aggregate) -> aggregate.minus(stats),
            Named.as("chain-metrics-aggregate"),
            Materialized.<Long, MinuteMetrics, KeyValueStore<Bytes, byte[]>>as(MINUTE_STORE)
                .withKeySerde(Serdes.Long())
                .withValueSerde(new MinuteMetricsSerde()))
        .toStream(Named.as("chain-metrics-changes"))
        .mapValues(
            (minute, aggregate) -> aggregate.toChainMetrics(minute),
            Named.as("chain-metrics-records"))
        .to(topic.name(), serdes.produced(topic, "chain-metrics-sink"));
  }
}
