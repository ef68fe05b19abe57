package io.chainexplorer.enricher.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.Withdrawal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our entities seen through ethereum-etl's export names, so golden tests compare field by field:
 * snake_case names, every number as a {@link BigInteger}, pre-Shanghai withdrawals as an empty
 * list. Fields ethereum-etl does not export (classification, fee paid, blob fields, standard) are
 * not in the views; L2 receipt fields ({@code l1_*}) and {@code item_*} have no counterpart here.
 */
final class EtlView {

  private EtlView() {}

  static Map<String, Object> block(Block b) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", n(b.getBlockNumber()));
    v.put("hash", b.getBlockHash());
    v.put("parent_hash", b.getParentHash());
    v.put("nonce", b.getNonce());
    v.put("sha3_uncles", b.getSha3Uncles());
    v.put("logs_bloom", b.getLogsBloom());
    v.put("transactions_root", b.getTransactionsRoot());
    v.put("state_root", b.getStateRoot());
    v.put("receipts_root", b.getReceiptsRoot());
    v.put("miner", b.getMiner());
    v.put("difficulty", n(b.getDifficulty()));
    v.put("total_difficulty", n(b.getTotalDifficulty()));
    v.put("size", n(b.getSize()));
    v.put("extra_data", b.getExtraData());
    v.put("gas_limit", n(b.getGasLimit()));
    v.put("gas_used", n(b.getGasUsed()));
    v.put("timestamp", n(b.getBlockTimestamp()));
    v.put("transaction_count", n(b.getTransactionCount()));
    v.put("base_fee_per_gas", n(b.getBaseFeePerGas()));
    v.put("withdrawals_root", b.getWithdrawalsRoot());
    v.put("withdrawals", withdrawals(b.getWithdrawals()));
    return v;
  }

  static Map<String, Object> transaction(Transaction t) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("hash", t.getHash());
    v.put("nonce", n(t.getNonce()));
    v.put("block_hash", t.getBlockHash());
    v.put("block_number", n(t.getBlockNumber()));
    v.put("transaction_index", n(t.getTransactionIndex()));
    v.put("from_address", t.getFrom());
    v.put("to_address", t.getTo());
    v.put("value", n(t.getValue()));
    v.put("gas", n(t.getGas()));
    v.put("gas_price", n(t.getGasPrice()));
    v.put("input", t.getInput());
    v.put("block_timestamp", n(t.getBlockTimestamp()));
    v.put("max_fee_per_gas", n(t.getMaxFeePerGas()));
    v.put("max_priority_fee_per_gas", n(t.getMaxPriorityFeePerGas()));
    v.put("transaction_type", n(t.getType()));
    receipt(t).forEach((key, value) -> v.put("receipt_" + key, value));
    v.remove("receipt_transaction_hash");
    v.remove("receipt_transaction_index");
    v.remove("receipt_block_hash");
    v.remove("receipt_block_number");
    return v;
  }

  /** The receipt fields of a transaction, as ethereum-etl's receipts export names them. */
  static Map<String, Object> receipt(Transaction t) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("transaction_hash", t.getHash());
    v.put("transaction_index", n(t.getTransactionIndex()));
    v.put("block_hash", t.getBlockHash());
    v.put("block_number", n(t.getBlockNumber()));
    v.put("cumulative_gas_used", n(t.getCumulativeGasUsed()));
    v.put("gas_used", n(t.getGasUsed()));
    v.put("contract_address", t.getContractAddress());
    v.put("root", t.getRoot());
    v.put("status", t.getStatus() == null ? null : n(t.getStatus()));
    v.put("effective_gas_price", n(t.getEffectiveGasPrice()));
    return v;
  }

  static Map<String, Object> log(Log l) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("log_index", n(l.getLogIndex()));
    v.put("transaction_hash", l.getTransactionHash());
    v.put("transaction_index", n(l.getTransactionIndex()));
    v.put("block_hash", l.getBlockHash());
    v.put("block_number", n(l.getBlockNumber()));
    v.put("block_timestamp", n(l.getBlockTimestamp()));
    v.put("address", l.getAddress());
    v.put("data", l.getData());
    v.put("topics", new ArrayList<>(l.getTopics()));
    return v;
  }

  /** ethereum-etl's {@code value} is the ERC-20 amount or the ERC-721 token id. */
  static Map<String, Object> tokenTransfer(TokenTransfer t) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("token_address", t.getTokenAddress());
    v.put("from_address", t.getFrom());
    v.put("to_address", t.getTo());
    v.put("value", n(t.getAmount() != null ? t.getAmount() : t.getTokenId()));
    v.put("transaction_hash", t.getTransactionHash());
    v.put("log_index", n(t.getLogIndex()));
    v.put("block_number", n(t.getBlockNumber()));
    v.put("block_timestamp", n(t.getBlockTimestamp()));
    v.put("block_hash", t.getBlockHash());
    return v;
  }

  /** An ethereum-etl JSON value as plain Java (numbers as BigInteger, arrays as lists). */
  static Object plain(JsonNode node) {
    return node == null ? null : CorpusBlocks.JSON.convertValue(node, Object.class);
  }

  /** Our value as ethereum-etl writes a CSV cell: null empty, lists comma-joined. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> list) {
      return String.join(",", list.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  private static List<Map<String, Object>> withdrawals(List<Withdrawal> withdrawals) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (withdrawals != null) {
      for (Withdrawal w : withdrawals) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("index", n(w.getIndex()));
        v.put("validator_index", n(w.getValidatorIndex()));
        v.put("address", w.getAddress());
        v.put("amount", n(w.getAmountGwei()));
        out.add(v);
      }
    }
    return out;
  }

  private static BigInteger n(long value) {
    return BigInteger.valueOf(value);
  }

  private static BigInteger n(BigDecimal value) {
    return value == null ? null : value.toBigIntegerExact();
  }
}
