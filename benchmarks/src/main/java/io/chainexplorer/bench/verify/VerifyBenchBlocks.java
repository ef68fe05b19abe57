package io.chainexplorer.bench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.poller.rpc.MalformedBlockException;
import io.chainexplorer.poller.rpc.RawBlockMapper;
import io.chainexplorer.poller.verify.BlockVerifier;
import io.chainexplorer.poller.verify.UnencodableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Mainnet block 18,000,000 as the JSON-RPC answers the poller receives, and the same block grown to
 * any number of transactions by replicating its transactions and receipts in order, with positions,
 * cumulative gas, log indexes, roots, gas used and block hash recomputed so that it verifies.
 */
final class VerifyBenchBlocks {

  private static final String CORPUS =
      "block-poller/src/test/resources/corpus/erigon-rpc-tests/block-18000000/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private VerifyBenchBlocks() {}

  /** The answers of {@code eth_getBlockByNumber(n, true)} and {@code eth_getBlockReceipts(n)}. */
  record Answers(JsonNode block, ArrayNode receipts) {

    byte[] blockBytes() throws IOException {
      return JSON.writeValueAsBytes(block);
    }

    byte[] receiptsBytes() throws IOException {
      return JSON.writeValueAsBytes(receipts);
    }
  }

  /** Block 18,000,000 grown (or cut) to {@code transactions} transactions, verifying. */
  static Answers block(int transactions) throws IOException, MalformedBlockException {
    JsonNode block = read("eth_getBlockByNumber_0x112a880_true.response.json");
    ArrayNode receipts = (ArrayNode) read("eth_getBlockReceipts_0x112a880.response.json");
    int original = block.get("transactions").size();
    ObjectNode grown = ((ObjectNode) block).deepCopy();
    ArrayNode txs = grown.putArray("transactions");
    ArrayNode grownReceipts = JSON.createArrayNode();
    long cumulative = 0;
    long logIndex = 0;
    for (int i = 0; i < transactions; i++) {
      ObjectNode tx = ((ObjectNode) block.get("transactions").get(i % original)).deepCopy();
      tx.put("transactionIndex", hex(i));
      txs.add(tx);
      ObjectNode receipt = ((ObjectNode) receipts.get(i % original)).deepCopy();
      cumulative += Long.decode(receipt.get("gasUsed").asText());
      receipt.put("transactionIndex", hex(i)).put("cumulativeGasUsed", hex(cumulative));
      for (JsonNode log : receipt.get("logs")) {
        ((ObjectNode) log).put("logIndex", hex(logIndex++)).put("transactionIndex", hex(i));
      }
      grownReceipts.add(receipt);
    }
    grown.put("gasUsed", hex(cumulative));
    seal(grown, grownReceipts);
    return new Answers(grown, grownReceipts);
  }

  /** Maps the answers as the poller does. */
  static RawBlock map(JsonNode block, List<JsonNode> receipts) throws MalformedBlockException {
    Provenance provenance =
        Provenance.newBuilder()
            .setProviderAlias("bench/main")
            .setFetchedAt(Instant.ofEpochSecond(1_693_066_900L))
            .setChainId(1L)
            .build();
    return new RawBlockMapper().map(block, receipts, provenance);
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>(array.size());
    array.forEach(out::add);
    return out;
  }

  /** Recomputes the roots, then the hash of the header that holds them. */
  private static void seal(ObjectNode block, ArrayNode receipts) throws MalformedBlockException {
    try {
      RawBlock raw = map(block, list(receipts));
      block.put("transactionsRoot", BlockVerifier.transactionsRoot(raw.getTransactions()));
      block.put("receiptsRoot", BlockVerifier.receiptsRoot(raw.getReceipts()));
      String hash = BlockVerifier.blockHash(map(block, list(receipts)));
      block.put("hash", hash);
      for (JsonNode tx : block.get("transactions")) {
        ((ObjectNode) tx).put("blockHash", hash);
      }
      for (JsonNode receipt : receipts) {
        ((ObjectNode) receipt).put("blockHash", hash);
      }
    } catch (UnencodableException e) {
      throw new IllegalStateException("block 18000000 no longer encodes", e);
    }
  }

  private static JsonNode read(String file) throws IOException {
    Path path = ProjectPaths.root().resolve(CORPUS + file);
    return JSON.readTree(Files.readAllBytes(path)).get("result");
  }

  private static String hex(long value) {
    return "0x" + Long.toHexString(value);
  }
}
