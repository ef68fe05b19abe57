package io.chainexplorer.decoder.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Mainnet block 18,000,000 as the decoder reads it: its 94 transactions and 291 logs, from the
 * recorded Erigon responses, with the fields the decoder uses (recipient, input, status, log
 * address, topics, data) exact and the rest as {@link Fixtures} fills them. Not the enricher's
 * mapping: apps do not depend on each other.
 */
public final class MainnetBlock {

  private static final String DIR = "/abi/block-18000000/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The block's transactions in block order. */
  public final List<Transaction> transactions = new ArrayList<>();

  /** The block's logs in block order. */
  public final List<Log> logs = new ArrayList<>();

  private MainnetBlock() {}

  /** Reads the recorded block and receipts. */
  public static MainnetBlock block18000000() {
    JsonNode block = result("eth_getBlockByNumber_0x112a880_true.response.json.gz");
    JsonNode receipts = result("eth_getBlockReceipts_0x112a880.response.json.gz");
    long number = quantity(block.get("number"));
    String hash = block.get("hash").asText();
    long timestamp = quantity(block.get("timestamp"));
    MainnetBlock mainnet = new MainnetBlock();
    for (int i = 0; i < block.get("transactions").size(); i++) {
      JsonNode tx = block.get("transactions").get(i);
      JsonNode receipt = receipts.get(i);
      JsonNode to = tx.get("to");
      mainnet.transactions.add(
          Transaction.newBuilder(Fixtures.call(i, to.isNull() ? null : to.asText(), "0x"))
              .setBlockNumber(number)
              .setBlockHash(hash)
              .setBlockTimestamp(timestamp)
              .setHash(tx.get("hash").asText())
              .setTransactionIndex(i)
              .setFrom(tx.get("from").asText())
              .setInput(tx.get("input").asText())
              .setStatus(quantity(receipt.get("status")))
              .build());
      for (JsonNode log : receipt.get("logs")) {
        List<String> topics = new ArrayList<>();
        log.get("topics").forEach(topic -> topics.add(topic.asText()));
        mainnet.logs.add(
            Log.newBuilder(
                    Fixtures.log(
                        i,
                        (int) quantity(log.get("logIndex")),
                        log.get("address").asText(),
                        topics,
                        log.get("data").asText()))
                .setBlockNumber(number)
                .setBlockHash(hash)
                .setBlockTimestamp(timestamp)
                .setTransactionHash(log.get("transactionHash").asText())
                .build());
      }
    }
    return mainnet;
  }

  private static long quantity(JsonNode hex) {
    return Long.parseLong(hex.asText().substring(2), 16);
  }

  private static JsonNode result(String file) {
    try (InputStream in = new GZIPInputStream(MainnetBlock.class.getResourceAsStream(DIR + file))) {
      return JSON.readTree(in).get("result");
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }
}
