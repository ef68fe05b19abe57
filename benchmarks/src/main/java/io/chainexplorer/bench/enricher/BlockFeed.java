package io.chainexplorer.bench.enricher;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.bench.common.BytesProducer;
import io.chainexplorer.bench.common.ReplicatedBlocks;
import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Produces the replicated blocks to the raw topic. The copies share the base block's transaction
 * and receipt lists (only the header is renumbered), so 10,000 blocks cost 10,000 serializations
 * and no deep copies.
 */
final class BlockFeed {

  private BlockFeed() {}

  static void produce(
      String bootstrapServers,
      Serializer<RawBlock> values,
      TopicSpec<Long, RawBlock> topic,
      RawBlock base,
      int blocks) {
    long started = System.nanoTime();
    RawBlock header =
        RawBlock.newBuilder(base).setTransactions(List.of()).setReceipts(List.of()).build();
    try (KafkaProducer<byte[], byte[]> producer =
        BytesProducer.create(bootstrapServers, EnricherTopology.MAX_RAW_BLOCK_BYTES)) {
      for (int i = 0; i < blocks; i++) {
        RawBlock block =
            RawBlock.newBuilder(ReplicatedBlocks.copy(header, i))
                .setTransactions(base.getTransactions())
                .setReceipts(base.getReceipts())
                .build();
        byte[] key = ByteBuffer.allocate(Long.BYTES).putLong(block.getBlockNumber()).array();
        producer.send(
            new ProducerRecord<>(topic.name(), key, values.serialize(topic.name(), block)));
      }
      producer.flush();
    }
    System.out.printf(
        "produced %d raw blocks in %.1f s%n", blocks, (System.nanoTime() - started) / 1e9);
  }
}
