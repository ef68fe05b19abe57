package io.chainexplorer.bench.decoder;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.bench.common.BytesProducer;
import io.chainexplorer.bench.common.ReplicatedBlocks;
import io.chainexplorer.enricher.mapping.BlockSplitter;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The decoder's input as the enricher publishes it: the transactions and logs of replicated block
 * 18,000,000, split by the enricher's own {@link BlockSplitter}.
 *
 * @param transactions transactions per block
 * @param calls transactions per block that call a contract (the decoder's call inputs)
 * @param logs logs per block
 */
record DecoderInputs(int transactions, int calls, int logs) {

  private static final int MAX_REQUEST_BYTES = 8 << 20;

  /** Produces {@code blocks} copies of the block to the transactions and logs topics. */
  static DecoderInputs produce(
      String bootstrapServers, TopicCatalogue topics, TopicSerdes serdes, int blocks)
      throws Exception {
    RawBlock base = ReplicatedBlocks.block18000000();
    Serializer<Transaction> txValues = serdes.value(topics.transactions()).serializer();
    Serializer<Log> logValues = serdes.value(topics.logs()).serializer();
    String txTopic = topics.transactions().name();
    String logTopic = topics.logs().name();
    DecoderInputs counts = null;
    long started = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer =
        BytesProducer.create(bootstrapServers, MAX_REQUEST_BYTES)) {
      for (int i = 0; i < blocks; i++) {
        SplitBlock split = (SplitBlock) BlockSplitter.split(ReplicatedBlocks.copy(base, i));
        for (Transaction tx : split.transactions()) {
          producer.send(
              new ProducerRecord<>(txTopic, utf8(tx.getHash()), txValues.serialize(txTopic, tx)));
        }
        for (Log log : split.logs()) {
          String key = TopicKeys.log(log.getTransactionHash(), log.getLogIndex());
          producer.send(
              new ProducerRecord<>(logTopic, utf8(key), logValues.serialize(logTopic, log)));
        }
        counts = counts == null ? of(split) : counts;
      }
      producer.flush();
    }
    System.out.printf(
        "produced %d blocks of transactions and logs in %.1f s%n",
        blocks, (System.nanoTime() - started) / 1e9);
    return counts;
  }

  /** Records per block each application reads last: all inputs, or the by-contract ones. */
  int perBlock(boolean byContract) {
    return (byContract ? calls : transactions) + logs;
  }

  private static DecoderInputs of(SplitBlock split) {
    int calls = 0;
    for (Transaction tx : split.transactions()) {
      // the decoder's own rule: a recipient and more than an empty input
      if (tx.getTo() != null && tx.getInput() != null && tx.getInput().length() > 2) {
        calls++;
      }
    }
    return new DecoderInputs(split.transactions().size(), calls, split.logs().size());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
