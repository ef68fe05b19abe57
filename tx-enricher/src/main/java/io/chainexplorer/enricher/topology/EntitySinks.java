package io.chainexplorer.enricher.topology;

import io.chainexplorer.enricher.mapping.InternalTransactionMapper;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicKeys;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Publishes split blocks to the entity topics of one branch, each record under its catalogue key:
 * block number, tx hash, {@code txHash:logIndex}, {@code txHash:logIndex:batchIndex}, address,
 * {@code txHash:traceAddress}.
 */
final class EntitySinks {

  private final TopicSerdes serdes;

  EntitySinks(TopicSerdes serdes) {
    this.serdes = serdes;
  }

  void attach(KStream<Long, SplitBlock> splits, EntityTopics topics) {
    String branch = topics.branch();
    splits
        .mapValues(SplitBlock::block, Named.as(branch + "-blocks"))
        .to(topics.blocks().name(), serdes.produced(topics.blocks(), branch + "-blocks-sink"));
    publish(
        splits,
        topics.transactions(),
        branch + "-transactions",
        split -> keyed(split.transactions(), tx -> tx.getHash()));
    publish(
        splits,
        topics.logs(),
        branch + "-logs",
        split ->
            keyed(split.logs(), log -> TopicKeys.log(log.getTransactionHash(), log.getLogIndex())));
    publish(
        splits,
        topics.tokenTransfers(),
        branch + "-token-transfers",
        split ->
            keyed(
                split.tokenTransfers(),
                transfer ->
                    TopicKeys.tokenTransfer(
                        transfer.getTransactionHash(),
                        transfer.getLogIndex(),
                        transfer.getBatchIndex())));
    publish(
        splits,
        topics.contracts(),
        branch + "-contracts",
        split -> keyed(split.contracts(), contract -> contract.getAddress()));
    publish(
        splits,
        topics.internalTransactions(),
        branch + "-internal-transactions",
        split -> keyed(split.internalTransactions(), InternalTransactionMapper::key));
  }

  private <V> void publish(
      KStream<Long, SplitBlock> splits,
      TopicSpec<String, V> topic,
      String name,
      Function<SplitBlock, List<KeyValue<String, V>>> records) {
    splits
        .flatMap((number, split) -> records.apply(split), Named.as(name))
        .to(topic.name(), serdes.produced(topic, name + "-sink"));
  }

  private static <V> List<KeyValue<String, V>> keyed(List<V> values, Function<V, String> key) {
    return values.stream().map(value -> KeyValue.pair(key.apply(value), value)).toList();
  }
}
