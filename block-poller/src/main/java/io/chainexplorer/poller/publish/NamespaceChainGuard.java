package io.chainexplorer.poller.publish;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;

/**
 * Keeps one chain per namespace: a poller serving chain id X refuses to start on a chain name whose
 * raw blocks (the newest committed one of each partition, its provenance) are of chain id Y, so
 * that a wrong node never writes its blocks beside another chain's.
 */
public final class NamespaceChainGuard {

  /** First look-back in offsets from the end of a partition: blocks and commit markers. */
  static final long FIRST_LOOK_BACK = 16;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private NamespaceChainGuard() {}

  /**
   * Passes when the namespace holds no raw block or only blocks of {@code chainId}.
   *
   * @throws ConfigException when its newest raw block is of another chain (exit code 2)
   */
  public static void check(PollerConfig config, long chainId) {
    TopicSpec<Long, RawBlock> spec = TopicCatalogue.forChain(config.chainName()).rawBlocks();
    for (RawBlock block : newestBlocks(config, spec)) {
      long recorded = block.getProvenance().getChainId();
      if (recorded != chainId) {
        throw new ConfigException(
            "the providers serve chain id "
                + chainId
                + " but the namespace "
                + config.chainName()
                + " holds raw blocks of chain id "
                + recorded
                + " (block "
                + block.getBlockNumber()
                + " in "
                + spec.name()
                + "): refusing to write one chain's blocks beside another's; give this chain"
                + " a chain.name of its own or check rpc.urls");
      }
    }
  }

  /** The newest committed raw block of each partition that has one. */
  private static List<RawBlock> newestBlocks(PollerConfig config, TopicSpec<Long, RawBlock> spec) {
    try (SpecificAvroSerde<RawBlock> serde = new SpecificAvroSerde<>(RawBlock.class);
        KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(KafkaSettings.committedReader(config))) {
      serde.configure(config.serdeConfig(), false);
      Map<String, List<PartitionInfo>> topics = consumer.listTopics(TIMEOUT);
      return topics.getOrDefault(spec.name(), List.of()).stream()
          .map(info -> new TopicPartition(spec.name(), info.partition()))
          .map(
              partition ->
                  PartitionTail.last(
                      consumer,
                      partition,
                      FIRST_LOOK_BACK,
                      record -> record.value() != null,
                      TIMEOUT))
          .flatMap(Optional::stream)
          .map(ConsumerRecord::value)
          .map(value -> serde.deserializer().deserialize(spec.name(), value))
          .toList();
    }
  }
}
