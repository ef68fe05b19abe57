package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Recorded mainnet JSON-RPC responses under {@code src/test/resources/corpus}. */
public final class Corpus {

  public static final ObjectMapper JSON = new ObjectMapper();

  public static final String BLOCK_18M = "erigon-rpc-tests/block-18000000/";
  public static final String ETL_BLOCKS = "ethereum-etl/test_export_blocks_job/";
  public static final String ETL_RECEIPTS =
      "ethereum-etl/test_export_receipts_job/receipts_with_logs/";
  public static final String ETL_STREAM = "ethereum-etl/test_stream/blocks_1755634_1755635/";

  private Corpus() {}

  /** The whole response body of a recorded call. */
  public static JsonNode response(String path) {
    try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + path);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode result(String path) {
    return response(path).get("result");
  }

  public static JsonNode block18M() {
    return result(BLOCK_18M + "eth_getBlockByNumber_0x112a880_true.response.json");
  }

  public static List<JsonNode> receipts18M() {
    return list(result(BLOCK_18M + "eth_getBlockReceipts_0x112a880.response.json"));
  }

  /** An ethereum-etl block recorded as {@code web3_response.eth_getBlockByNumber_<hex>_true}. */
  public static JsonNode etlBlock(String dir, String hex) {
    return result(dir + "web3_response.eth_getBlockByNumber_" + hex + "_true.json");
  }

  /** The ethereum-etl receipts of every transaction of {@code block}, in block order. */
  public static List<JsonNode> etlReceipts(String dir, JsonNode block) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode tx : block.get("transactions")) {
      out.add(
          result(
              dir
                  + "web3_response.eth_getTransactionReceipt_"
                  + tx.get("hash").asText()
                  + ".json"));
    }
    return out;
  }

  public static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
