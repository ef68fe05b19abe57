package io.chainexplorer.enricher.reorg;

import static io.chainexplorer.enricher.RawBlockTopics.await;
import static io.chainexplorer.enricher.RawBlockTopics.publish;
import static io.chainexplorer.enricher.RawBlockTopics.retraction;
import static io.chainexplorer.enricher.RawBlockTopics.transactional;
import static io.chainexplorer.enricher.VisibleRecords.visible;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.enricher.EnricherApp;
import io.chainexplorer.enricher.EnricherSetup;
import io.chainexplorer.enricher.mapping.CorpusBlocks;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.records.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reorg made by anvil ({@code anvil_reorg}), published as the poller publishes it: the orphaned
 * block, then its retraction with the canonical block in one transaction; both carry the call
 * frames anvil's callTracer gives them.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class AnvilReorgIT {

  private static final String CHAIN = "eth-anvil-reorg-it";

  @TempDir Path stateDir;

  @Test
  void shouldLeaveNoVisibleRecordOfTheOrphanedBlockWhenAnvilReorgsIt(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    RawBlock orphan;
    RawBlock canonical;
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().manualMining().start()) {
      List<String> accounts = accounts(anvil);
      anvil.rpc().call("eth_sendTransaction", transfer(accounts.get(0), accounts.get(1), "0x1"));
      anvil.mine();
      orphan = AnvilTraces.traced(anvil, rawBlock(anvil, 1));
      anvil
          .rpc()
          .call(
              "anvil_reorg",
              1,
              List.of(List.of(transfer(accounts.get(2), accounts.get(3), "0x2"), 0)));
      canonical = AnvilTraces.traced(anvil, rawBlock(anvil, 1));
    }
    assertThat(canonical.getBlockHash()).isNotEqualTo(orphan.getBlockHash());
    assertThat(orphan.getTransactions()).hasSize(1);
    Set<String> orphanedTxs = hashes(orphan);
    Set<String> canonicalTxs = hashes(canonical);
    assertThat(canonicalTxs).isNotEmpty().doesNotContainAnyElementsOf(orphanedTxs);

    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    try (EnricherApp app =
            EnricherApp.start(
                EnricherSetup.config(CHAIN, kafka, registry, stateDir), new SimpleMeterRegistry());
        TopicSerdes serdes = EnricherSetup.serdes(registry);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(transactional(kafka, CHAIN))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      producer.initTransactions();
      publish(producer, serdes, topics, List.of(orphan), List.of());
      publish(producer, serdes, topics, List.of(canonical), List.of(retraction(orphan, canonical)));

      List<ConsumerRecord<String, Transaction>> transactions =
          await(kafka, serdes, topics.transactions(), 2 * orphanedTxs.size() + canonicalTxs.size());
      assertThat(visible(transactions, t -> t.getBlockHash(), Transaction::getRetracted))
          .isEqualTo(canonicalTxs);
      List<ConsumerRecord<Long, Block>> blocks = await(kafka, serdes, topics.blocks(), 3);
      assertThat(blocks)
          .filteredOn(record -> !record.value().getRetracted())
          .extracting(record -> record.value().getBlockHash())
          .contains(orphan.getBlockHash(), canonical.getBlockHash());
      assertThat(visibleHashes(blocks)).containsExactly(canonical.getBlockHash());
      List<ConsumerRecord<String, InternalTransaction>> frames =
          await(
              kafka,
              serdes,
              topics.internalTransactions(),
              2 * orphanedTxs.size() + canonicalTxs.size());
      assertThat(
              visible(frames, InternalTransaction::getBlockHash, InternalTransaction::getRetracted))
          .as("the orphan's internal transactions are retracted with it")
          .isEqualTo(topLevelKeys(canonicalTxs));
    }
  }

  private static List<String> visibleHashes(List<ConsumerRecord<Long, Block>> records) {
    Map<String, Boolean> live = new HashMap<>();
    records.forEach(r -> live.put(r.value().getBlockHash(), !r.value().getRetracted()));
    List<String> hashes = new ArrayList<>();
    live.forEach(
        (hash, isLive) -> {
          if (isLive) {
            hashes.add(hash);
          }
        });
    return hashes;
  }

  /** Keys of the top-level frames of plain transfers, which make no other frame. */
  private static Set<String> topLevelKeys(Set<String> transactions) {
    Set<String> keys = new HashSet<>();
    transactions.forEach(hash -> keys.add(hash + ":"));
    return keys;
  }

  private static Set<String> hashes(RawBlock block) {
    Set<String> hashes = new HashSet<>();
    block.getTransactions().forEach(t -> hashes.add(t.getHash()));
    return hashes;
  }

  private static List<String> accounts(EmbeddedAnvil anvil) {
    List<String> accounts = new ArrayList<>();
    anvil.rpc().call("eth_accounts").forEach(node -> accounts.add(node.asText()));
    return accounts;
  }

  private static Map<String, String> transfer(String from, String to, String value) {
    return Map.of("from", from, "to", to, "value", value);
  }

  private static RawBlock rawBlock(EmbeddedAnvil anvil, long number) {
    String height = "0x" + Long.toHexString(number);
    JsonNode block = anvil.rpc().call("eth_getBlockByNumber", height, true);
    List<JsonNode> receipts = new ArrayList<>();
    anvil.rpc().call("eth_getBlockReceipts", height).forEach(receipts::add);
    return CorpusBlocks.rawBlock(block, receipts);
  }
}
