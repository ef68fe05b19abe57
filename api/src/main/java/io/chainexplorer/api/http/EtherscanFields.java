package io.chainexplorer.api.http;

import com.datastax.oss.driver.api.core.cql.Row;
import java.math.BigInteger;
import java.util.LinkedHashMap;
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
