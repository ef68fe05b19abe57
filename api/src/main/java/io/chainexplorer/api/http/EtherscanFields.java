package io.chainexplorer.api.http;

import com.datastax.oss.driver.api.core.cql.Row;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hot-table rows as Etherscan's account results: its field names, every value a string, times in
 * Unix seconds. Fields the hot store does not hold (cumulativeGasUsed, token name, symbol and
 * decimals) are left out rather than guessed.
 */
final class EtherscanFields {

  private EtherscanFields() {}

  /** A {@code txlist} item from the address row and, when still stored, its transaction row. */
  static Map<String, String> transaction(Row byAddress, Row tx, long head) {
    Map<String, String> item = common(byAddress, head);
    item.put("nonce", field(tx, "nonce"));
    item.put("transactionIndex", number(byAddress.getObject("tx_index")));
    boolean out = "out".equals(byAddress.getString("direction"));
    String address = byAddress.getString("address");
    String counterparty = text(byAddress.getString("counterparty"));
    item.put("from", tx != null ? field(tx, "from_address") : out ? address : counterparty);
    item.put("to", tx != null ? field(tx, "to_address") : out ? counterparty : address);
    item.put("value", number(byAddress.getObject("value")));
    item.put("gas", field(tx, "gas"));
    item.put("gasPrice", field(tx, "gas_price"));
    Object status = byAddress.getObject("status");
    item.put("isError", Long.valueOf(0).equals(status) ? "1" : "0");
    item.put("txreceipt_status", number(status));
    String input = field(tx, "input");
    item.put("input", input);
    item.put("contractAddress", field(tx, "contract_address"));
    item.put("gasUsed", field(tx, "gas_used"));
    item.put("confirmations", confirmations(byAddress, head));
    item.put("methodId", input.length() >= 10 ? input.substring(0, 10) : "0x");
    // Etherscan's own answer for a function it cannot name; the decoded call is on /v1.
    item.put("functionName", "");
    return item;
  }

  /** A column of a row that may be gone (expired): empty then, as for a null value. */
  private static String field(Row row, String column) {
    if (row == null) {
      return "";
    }
    Object value = row.getObject(column);
    return value instanceof String text ? text : number(value);
  }

  /** A {@code tokentx}, {@code tokennfttx} or {@code token1155tx} item. */
  static Map<String, String> transfer(Row row, long head) {
    boolean out = "out".equals(row.getString("direction"));
    String address = row.getString("address");
    String counterparty = row.getString("counterparty");
    Map<String, String> item = common(row, head);
    item.put("from", out ? address : counterparty);
    item.put("to", out ? counterparty : address);
    item.put("contractAddress", row.getString("token_address"));
    String standard = row.getString("standard");
    if ("ERC20".equals(standard)) {
      item.put("value", number(row.getObject("amount")));
    } else {
      item.put("tokenID", number(row.getObject("token_id")));
    }
    if ("ERC1155".equals(standard)) {
      item.put("tokenValue", number(row.getObject("amount")));
    }
    item.put("logIndex", number(row.getObject("log_index")));
    item.put("confirmations", confirmations(row, head));
    return item;
  }

  /**
   * A {@code getLogs} item: numbers as 0x-hex, zero as a bare "0x" (as Etherscan answers), gas
   * price and gas used from the emitting transaction while it is stored.
   */
  static Map<String, Object> log(Row log, Row tx) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("address", log.getString("address"));
    List<String> topics = new ArrayList<>();
    for (String column : List.of("topic0", "topic1", "topic2", "topic3")) {
      String topic = log.getString(column);
      if (topic != null) {
        topics.add(topic);
      }
    }
    item.put("topics", topics);
    item.put("data", text(log.getString("data")));
    item.put("blockNumber", hex(log.getObject("block_number")));
    item.put("blockHash", log.getString("block_hash"));
    item.put("timeStamp", hex(log.getInstant("block_timestamp").getEpochSecond()));
    item.put("gasPrice", tx == null ? "" : hex(tx.getObject("gas_price")));
    item.put("gasUsed", tx == null ? "" : hex(tx.getObject("gas_used")));
    item.put("logIndex", hex(log.getObject("log_index")));
    item.put("transactionHash", log.getString("tx_hash"));
    item.put("transactionIndex", hex(log.getObject("tx_index")));
    return item;
  }

  private static String hex(Object value) {
    if (value instanceof Long number) {
      return number == 0 ? "0x" : "0x" + Long.toHexString(number);
    }
    if (value instanceof BigInteger number) {
      return number.signum() == 0 ? "0x" : "0x" + number.toString(16);
    }
    return "";
  }

  private static Map<String, String> common(Row row, long head) {
    Map<String, String> item = new LinkedHashMap<>();
    item.put("blockNumber", number(row.getObject("block_number")));
    item.put("timeStamp", Long.toString(row.getInstant("block_timestamp").getEpochSecond()));
    item.put("hash", row.getString("tx_hash"));
    item.put("blockHash", row.getString("block_hash"));
    return item;
  }

  private static String confirmations(Row row, long head) {
    long block = row.getLong("block_number");
    return Long.toString(head >= block ? head - block + 1 : 0);
  }

  private static String number(Object value) {
    if (value instanceof BigInteger || value instanceof Long) {
      return value.toString();
    }
    return "";
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
