package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether receipts belong to a block: one per transaction, the same transaction hashes in order,
 * the block's hash and number. Lagging provider nodes answer with receipts of another fork or
 * height, or with some missing; the reason is a bounded metric tag.
 */
final class ReceiptCheck {

  private ReceiptCheck() {}

  /** Empty when the receipts match; else {@code count}, {@code missing}, {@code tx_hash}… */
  static Optional<String> mismatch(JsonNode block, List<JsonNode> receipts) {
    JsonNode txs = block.path("transactions");
    if (receipts.size() != txs.size()) {
      return Optional.of("count");
    }
    String hash = text(block.get("hash"));
    String number = quantity(block.get("number"));
    for (int i = 0; i < receipts.size(); i++) {
      JsonNode receipt = receipts.get(i);
      if (receipt == null || receipt.isNull()) {
        return Optional.of("missing");
      }
      if (!text(receipt.get("transactionHash")).equals(text(txs.get(i).get("hash")))) {
        return Optional.of("tx_hash");
      }
      if (!text(receipt.get("blockHash")).equals(hash)) {
        return Optional.of("block_hash");
      }
      if (!quantity(receipt.get("blockNumber")).equals(number)) {
        return Optional.of("block_number");
      }
    }
    return Optional.empty();
  }

  private static String text(JsonNode node) {
    return node == null ? "" : node.asText().toLowerCase(Locale.ROOT);
  }

  /** Hex quantities compared by value: "0x0a" and "0xa" are the same number. */
  private static String quantity(JsonNode node) {
    String text = text(node);
    if (!text.startsWith("0x")) {
      return text;
    }
    String digits = text.substring(2).replaceFirst("^0+(?=.)", "");
    return "0x" + digits;
  }
}
