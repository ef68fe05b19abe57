package io.chainexplorer.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads receipts and logs from their JSON-RPC form. */
final class Receipts {

  private Receipts() {}

  static Receipt parse(JsonNode receipt) {
    List<Receipt.Log> logs = new ArrayList<>();
    receipt.path("logs").forEach(log -> logs.add(parseLog(log)));
    JsonNode contract = receipt.path("contractAddress");
    return new Receipt(
        receipt.path("transactionHash").asText(),
        Long.decode(receipt.path("blockNumber").asText("0x0")),
        "0x1".equals(receipt.path("status").asText()),
        contract.isTextual() ? Optional.of(lower(contract)) : Optional.empty(),
        List.copyOf(logs));
  }

  static Receipt.Log parseLog(JsonNode log) {
    List<String> topics = new ArrayList<>();
    log.path("topics").forEach(topic -> topics.add(lower(topic)));
    return new Receipt.Log(
        lower(log.path("address")), List.copyOf(topics), lower(log.path("data")));
  }

  private static String lower(JsonNode node) {
    return node.asText().toLowerCase(Locale.ROOT);
  }
}
