package io.chainexplorer.poller.publish;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.TimeoutException;

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
      Instant deadline = Instant.now().plus(TIMEOUT);
      return topics.getOrDefault(spec.name(), List.of()).stream()
          .map(info -> new TopicPartition(spec.name(), info.partition()))
          .map(partition -> newest(consumer, partition, deadline))
          .flatMap(Optional::stream)
          .map(value -> serde.deserializer().deserialize(spec.name(), value))
          .toList();
    }
  }

  private static Optional<byte[]> newest(
      KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, Instant deadline) {
    consumer.assign(List.of(partition));
    // Under read_committed this is the last stable offset: nothing of an open transaction.
    long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
    long start = consumer.beginningOffsets(List.of(partition), TIMEOUT).get(partition);
    for (long lookBack = FIRST_LOOK_BACK; ; lookBack *= 8) {
      long from = Math.max(start, end - lookBack);
      Optional<byte[]> last = lastValue(consumer, partition, from, end, deadline);
      if (last.isPresent() || from == start) {
        return last;
      }
    }
  }

  private static Optional<byte[]> lastValue(
      KafkaConsumer<byte[], byte[]> consumer,
      TopicPartition partition,
      long from,
      long end,
      Instant deadline) {
    consumer.seek(partition, from);
    byte[] last = null;
    while (consumer.position(partition) < end) {
      if (Instant.now().isAfter(deadline)) {
        throw new TimeoutException("cannot read " + partition + " up to offset " + end);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.offset() < end && record.value() != null) {
          last = record.value();
        }
      }
    }
    return Optional.ofNullable(last);
  }
}
