package io.chainexplorer.enricher.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.enricher.mapping.BlockSplitter;
import io.chainexplorer.enricher.mapping.CorpusBlocks;
import io.chainexplorer.enricher.mapping.SplitBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mainnet block 18,000,000 (94 transactions, 291 logs) through the real topology. */
class Block18000000TopologyTest {

  private static final String DIR = "erigon/block-18000000/";

  private static RawBlock block;

  private final EnricherDriver enricher = new EnricherDriver();

  @BeforeAll
  static void readBlock() {
    JsonNode json =
        CorpusBlocks.result(DIR + "eth_getBlockByNumber_0x112a880_true.response.json.gz");
    List<JsonNode> receipts = new ArrayList<>();
    CorpusBlocks.result(DIR + "eth_getBlockReceipts_0x112a880.response.json.gz")
        .forEach(receipts::add);
    block = CorpusBlocks.rawBlock(json, receipts);
  }

  @AfterEach
  void close() {
    enricher.close();
  }

  @Test
  void shouldPublishEveryTransactionLogAndTransferOfBlock18000000UnderDistinctKeys() {
    SplitBlock expected = (SplitBlock) BlockSplitter.split(block);

    enricher.pipe(block);

    List<KeyValue<String, Transaction>> transactions =
        enricher.output(enricher.topics.transactions()).readKeyValuesToList();
    assertThat(transactions).hasSize(94);
    assertThat(new HashSet<>(enricher.keys(enricher.topics.logs()))).hasSize(291);
    List<String> transfers = enricher.keys(enricher.topics.tokenTransfers());
    assertThat(transfers).hasSize(expected.tokenTransfers().size()).doesNotHaveDuplicates();
    assertThat(enricher.keys(enricher.topics.blocks())).containsExactly(18_000_000L);
    ChainMetrics minute = enricher.output(enricher.topics.chainMetrics()).readValue();
    assertThat(minute.getTransactionCount()).isEqualTo(94);
    assertThat(minute.getFeesPaid()).isEqualByComparingTo(expected.stats().feesPaid());
    assertThat(minute.getDistinctSenders()).isEqualTo(expected.stats().senders().size());
  }

  @Test
  void shouldRetractEveryRecordOfBlock18000000() {
    enricher.pipe(block);
    enricher.output(enricher.topics.transactions()).readKeyValuesToList();
    enricher.output(enricher.topics.logs()).readKeyValuesToList();

    enricher.retract(block, RawBlockBuilder.hash("b", 18_000_000));

    assertThat(enricher.output(enricher.topics.transactions()).readValuesToList())
        .hasSize(94)
        .allSatisfy(tx -> assertThat(tx.getRetracted()).isTrue());
    assertThat(enricher.output(enricher.topics.logs()).readValuesToList())
        .hasSize(291)
        .allSatisfy(log -> assertThat(log.getRetracted()).isTrue());
  }
}
