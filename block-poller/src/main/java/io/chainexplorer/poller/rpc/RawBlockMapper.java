package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Withdrawal;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a JSON-RPC block with full transactions and its receipts to a {@link RawBlock}, exactly and
 * strictly: every field of every fork, hex quantities to {@code long} or uint256 decimals, and a
 * {@link MalformedBlockException} naming block and field for anything that is not well-formed.
 */
public final class RawBlockMapper {

  /** 9999-12-31T23:59:59Z in seconds since the epoch: the last instant the stores can hold. */
  static final long LAST_STORABLE_SECOND = 253_402_300_799L;

  /**
   * @param block the {@code result} of {@code eth_getBlockByNumber(n, true)}
   * @param receipts one receipt per transaction, in transaction order
   */
  public RawBlock map(JsonNode block, List<JsonNode> receipts, Provenance provenance)
      throws MalformedBlockException {
    JsonFields fields = new JsonFields(blockLabel(block));
    RawBlock.Builder builder = header(block, fields);
    List<RawTransaction> transactions = transactions(block, fields);
    if (receipts.size() != transactions.size()) {
      throw fields.malformed(
          "receipts",
          "has " + receipts.size() + " entries for " + transactions.size() + " transactions");
    }
    ReceiptMapper receiptMapper = new ReceiptMapper(fields);
    List<RawReceipt> mapped = new ArrayList<>(receipts.size());
    for (int i = 0; i < receipts.size(); i++) {
      mapped.add(receiptMapper.map(receipts.get(i), "receipts[" + i + "]", transactions.get(i)));
    }
    return builder
        .setTransactions(transactions)
        .setReceipts(mapped)
        .setWithdrawals(withdrawals(block, fields))
        .setProvenance(provenance)
        .build();
  }

  /** The block's number for messages, {@code ?} when it is itself unreadable. */
  static String blockLabel(JsonNode block) {
    try {
      return Long.toString(new JsonFields("?").quantity(block, "", "number"));
    } catch (MalformedBlockException e) {
      return "?";
    }
  }

  /**
   * The header's timestamp in seconds, refused past the last second of year 9999: a verified block
   * can still lie about its time, and no store downstream holds such a date.
   */
  private static long timestamp(JsonNode b, JsonFields f) throws MalformedBlockException {
    long seconds = f.quantity(b, "", "timestamp");
    if (seconds > LAST_STORABLE_SECOND) {
      throw f.malformed("timestamp", "is past 9999-12-31T23:59:59Z (" + seconds + " s)");
    }
    return seconds;
  }

  private static RawBlock.Builder header(JsonNode b, JsonFields f) throws MalformedBlockException {
    if (!b.isObject()) {
      throw f.malformed("result", "is not a block object");
    }
    return RawBlock.newBuilder()
        .setBlockNumber(f.quantity(b, "", "number"))
        .setBlockHash(f.hash(b, "", "hash"))
        .setBlockTimestamp(timestamp(b, f))
        .setParentHash(f.hash(b, "", "parentHash"))
        .setNonce(f.data(b, "", "nonce"))
        .setSha3Uncles(f.hash(b, "", "sha3Uncles"))
        .setLogsBloom(f.data(b, "", "logsBloom"))
        .setTransactionsRoot(f.hash(b, "", "transactionsRoot"))
        .setStateRoot(f.hash(b, "", "stateRoot"))
        .setReceiptsRoot(f.hash(b, "", "receiptsRoot"))
        .setMiner(f.address(b, "", "miner"))
        .setDifficulty(f.uint256(b, "", "difficulty"))
        .setTotalDifficulty(f.optUint256(b, "", "totalDifficulty"))
        .setExtraData(f.data(b, "", "extraData"))
        .setMixHash(f.optData(b, "", "mixHash"))
        .setSize(f.quantity(b, "", "size"))
        .setGasLimit(f.quantity(b, "", "gasLimit"))
        .setGasUsed(f.quantity(b, "", "gasUsed"))
        .setBaseFeePerGas(f.optUint256(b, "", "baseFeePerGas"))
        .setWithdrawalsRoot(f.optHash(b, "", "withdrawalsRoot"))
        .setBlobGasUsed(f.optQuantity(b, "", "blobGasUsed"))
        .setExcessBlobGas(f.optQuantity(b, "", "excessBlobGas"))
        .setParentBeaconBlockRoot(f.optHash(b, "", "parentBeaconBlockRoot"))
        .setRequestsHash(f.optHash(b, "", "requestsHash"))
        .setUncles(f.hashes(b, "", "uncles"));
  }

  private static List<RawTransaction> transactions(JsonNode block, JsonFields fields)
      throws MalformedBlockException {
    JsonNode txs = fields.array(block, "", "transactions");
    RawTransactionMapper mapper = new RawTransactionMapper(fields);
    List<RawTransaction> out = new ArrayList<>(txs.size());
    for (int i = 0; i < txs.size(); i++) {
      out.add(mapper.map(txs.get(i), "transactions[" + i + "]"));
    }
    return out;
  }

  private static List<Withdrawal> withdrawals(JsonNode block, JsonFields f)
      throws MalformedBlockException {
    if (!JsonFields.present(block, "withdrawals")) {
      return null;
    }
    JsonNode list = f.array(block, "", "withdrawals");
    List<Withdrawal> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String path = "withdrawals[" + i + "]";
      JsonNode w = list.get(i);
      out.add(
          Withdrawal.newBuilder()
              .setIndex(f.quantity(w, path, "index"))
              .setValidatorIndex(f.quantity(w, path, "validatorIndex"))
              .setAddress(f.address(w, path, "address"))
              .setAmountGwei(f.quantity(w, path, "amount"))
              .build());
    }
    return out;
  }
}
