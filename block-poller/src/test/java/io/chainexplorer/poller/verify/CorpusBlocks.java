package io.chainexplorer.poller.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.rpc.Corpus;
import io.chainexplorer.poller.rpc.MalformedBlockException;
import io.chainexplorer.poller.rpc.RawBlockMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Recorded mainnet blocks as the poller maps them, the oracle of verification. */
final class CorpusBlocks {

  static final String BLOCK_16M = "erigon-rpc-tests/block-16000003/";
  static final String BLOCK_19_9M = "erigon-rpc-tests/block-19900000/";

  private CorpusBlocks() {}

  static RawBlock block18M() {
    return map(Corpus.block18M(), Corpus.receipts18M());
  }

  /** Block 483920: Parity-era, pre-Byzantium receipts with a state root and logs. */
  static RawBlock block483920() {
    JsonNode block = Corpus.etlBlock(Corpus.ETL_BLOCKS + "block_with_logs/", "0x76250");
    return map(block, Corpus.etlReceipts(Corpus.ETL_RECEIPTS, block));
  }

  static RawBlock genesis() {
    JsonNode block = Corpus.etlBlock(Corpus.ETL_BLOCKS + "block_without_transactions/", "0x0");
    return map(block, List.of());
  }

  /** Block 1755634 (no transactions) or 1755635 (two, with their receipts). */
  static RawBlock stream(String hex) {
    JsonNode block = Corpus.etlBlock(Corpus.ETL_STREAM, hex);
    return map(block, Corpus.etlReceipts(Corpus.ETL_STREAM, block));
  }

  /** A block recorded without receipts, with placeholders: its receipts root cannot verify. */
  static RawBlock withoutReceipts(String path) {
    JsonNode block = Corpus.result(path);
    List<JsonNode> receipts = new ArrayList<>();
    for (JsonNode tx : block.get("transactions")) {
      ObjectNode receipt = Corpus.JSON.createObjectNode();
      receipt.set("transactionHash", tx.get("hash"));
      receipt.set("transactionIndex", tx.get("transactionIndex"));
      receipt.put("gasUsed", "0x0").put("cumulativeGasUsed", "0x0").put("status", "0x1");
      receipt.put("logsBloom", "0x" + "00".repeat(256));
      receipt.putArray("logs");
      receipts.add(receipt);
    }
    return map(block, receipts);
  }

  static RawBlock frontier(String hex) {
    return withoutReceipts(
        Corpus.ETL_BLOCKS
            + "blocks_with_transactions/web3_response.eth_getBlockByNumber_"
            + hex
            + "_true.json");
  }

  static RawBlock london16M() {
    return withoutReceipts(BLOCK_16M + "eth_getBlockByNumber_0xf42403_true.response.json");
  }

  static RawBlock cancun19_9M() {
    return withoutReceipts(BLOCK_19_9M + "eth_getBlockByNumber_0x12fa660_true.response.json");
  }

  static RawBlock map(JsonNode block, List<JsonNode> receipts) {
    Provenance provenance =
        Provenance.newBuilder()
            .setProviderAlias("corpus")
            .setFetchedAt(Instant.EPOCH)
            .setChainId(1)
            .build();
    try {
      return new RawBlockMapper().map(block, receipts, provenance);
    } catch (MalformedBlockException e) {
      throw new IllegalStateException(e);
    }
  }
}
