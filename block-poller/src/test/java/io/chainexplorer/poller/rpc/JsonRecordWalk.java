package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawBlock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Walks an original JSON-RPC block and its receipts against the mapped record: every JSON field
 * must have its place in the record with the exact value, or be implied by the enclosing record
 * (block coordinates repeated in transactions, receipts and logs), or be one of the documented
 * client-specific extras. Counts the compared leaves so a vacuous walk shows.
 */
final class JsonRecordWalk {

  private static final Map<String, Map<String, String>> RENAMES =
      Map.of(
          "RawBlock",
              Map.of("number", "blockNumber", "hash", "blockHash", "timestamp", "blockTimestamp"),
          "Withdrawal", Map.of("amount", "amountGwei"));

  /**
   * Parity/OpenEthereum extras with no place in a client-neutral record: seal fields and the raw
   * RLP re-encode what the record holds; public key and standard v derive from the signature;
   * {@code creates} is the receipt's contract address; {@code condition} is a local scheduling
   * option; a log's {@code type} "mined" is {@code removed = false}.
   */
  private static final Set<String> PARITY_EXTRAS =
      Set.of("sealFields", "raw", "publicKey", "standardV", "creates", "condition");

  private int leaves;

  int leaves() {
    return leaves;
  }

  void walkBlock(JsonNode block, List<JsonNode> receipts, RawBlock record) {
    Map<String, JsonNode> coordinates = new HashMap<>();
    coordinates.put("blockHash", block.get("hash"));
    coordinates.put("blockNumber", block.get("number"));
    coordinates.put("blockTimestamp", block.get("timestamp"));
    walk(block, record, "block", coordinates);
    assertThat(record.getReceipts()).hasSameSizeAs(receipts);
    for (int i = 0; i < receipts.size(); i++) {
      Map<String, JsonNode> implied = new HashMap<>(coordinates);
      implied.put("transactionHash", receipts.get(i).get("transactionHash"));
      implied.put("transactionIndex", receipts.get(i).get("transactionIndex"));
      walk(receipts.get(i), record.getReceipts().get(i), "receipts[" + i + "]", implied);
    }
  }

  void walkTransaction(JsonNode block, JsonNode tx, GenericRecord record) {
    Map<String, JsonNode> coordinates = new HashMap<>();
    coordinates.put("blockHash", block.get("hash"));
    coordinates.put("blockNumber", block.get("number"));
    coordinates.put("blockTimestamp", block.get("timestamp"));
    walk(tx, record, "transaction", coordinates);
  }

  private void walk(JsonNode json, GenericRecord record, String path, Map<String, JsonNode> up) {
    Schema schema = record.getSchema();
    Map<String, String> renames = RENAMES.getOrDefault(schema.getName(), Map.of());
    Iterator<Map.Entry<String, JsonNode>> it = json.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      String fieldPath = path + "." + name;
      String recordName = renames.getOrDefault(name, name);
      if (name.equals("receipts") || schema.getField(recordName) == null) {
        checkNotInRecord(json, record, name, entry.getValue(), fieldPath, up);
      } else {
        compare(entry.getValue(), record.get(recordName), fieldPath, up);
      }
    }
  }

  private void checkNotInRecord(
      JsonNode json,
      GenericRecord record,
      String name,
      JsonNode value,
      String path,
      Map<String, JsonNode> up) {
    if (up.containsKey(name)) {
      assertThat(quantityOrText(value)).as(path).isEqualTo(quantityOrText(up.get(name)));
      leaves++;
    } else if (name.equals("author")) {
      assertThat(value.asText()).as(path).isEqualTo(String.valueOf(record.get("miner")));
      leaves++;
    } else if (name.equals("transactionLogIndex")) {
      // Parity logs: the index within the transaction, implied by the order of the logs.
      leaves++;
    } else if (name.equals("type")) {
      // Parity logs: "mined" for a log that a reorg did not remove.
      assertThat(value.asText()).as(path).isEqualTo("mined");
      assertThat(record.get("removed")).as(path).isEqualTo(false);
    } else if (!PARITY_EXTRAS.contains(name)) {
      fail("JSON field %s has no place in %s", path, record.getSchema().getName());
    }
  }

  private void compare(JsonNode json, Object value, String path, Map<String, JsonNode> up) {
    if (json.isNull()) {
      assertThat(value).as(path).isNull();
    } else if (json.isArray()) {
      assertThat(value).as(path).isInstanceOf(List.class);
      List<?> list = (List<?>) value;
      assertThat(list).as(path).hasSize(json.size());
      for (int i = 0; i < json.size(); i++) {
        compare(json.get(i), list.get(i), path + "[" + i + "]", up);
      }
      return;
    } else if (json.isObject()) {
      assertThat(value).as(path).isInstanceOf(GenericRecord.class);
      walk(json, (GenericRecord) value, path, up);
      return;
    } else if (value instanceof Long || value instanceof BigDecimal) {
      assertThat(new BigDecimal(new BigInteger(json.asText().substring(2), 16)))
          .as(path)
          .isEqualByComparingTo(new BigDecimal(value.toString()));
    } else if (json.isBoolean()) {
      assertThat(value).as(path).isEqualTo(json.booleanValue());
    } else {
      assertThat(value).as(path).isEqualTo(json.asText().toLowerCase(Locale.ROOT));
    }
    leaves++;
  }

  private static Object quantityOrText(JsonNode node) {
    if (node.isNumber() || node.asText().matches("[0-9]+")) {
      // anvil repeats the block timestamp in receipts as a decimal number.
      return new BigInteger(node.asText());
    }
    String text = node.asText();
    return text.length() < 66 && text.startsWith("0x")
        ? new BigInteger(text.substring(2), 16)
        : text.toLowerCase(Locale.ROOT);
  }
}
