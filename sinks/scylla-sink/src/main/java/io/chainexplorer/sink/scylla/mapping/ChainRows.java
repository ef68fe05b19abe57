package io.chainexplorer.sink.scylla.mapping;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Rows of blocks, transactions and chain metrics. */
final class ChainRows {

  private ChainRows() {}

  static List<Row> block(Fields f) {
    return List.of(
        blockRow(Tables.BLOCKS_BY_HASH, f.key("blockHash"), f.int64("blockNumber"), f),
        blockRow(Tables.BLOCKS_BY_NUMBER, f.int64("blockNumber"), f.key("blockHash"), f));
  }

  /** A row of either block table: its key, the other table's key, then the header details. */
  private static Row blockRow(Table table, Object key, Object otherKey, Fields f) {
    return Row.of(
        table,
        key,
        otherKey,
        f.blockTime(),
        f.text("parentHash"),
        f.text("miner"),
        f.int64("gasUsed"),
        f.int64("gasLimit"),
        f.uint256("baseFeePerGas"),
        f.int64("transactionCount"),
        f.int64("size"),
        f.text("extraData"));
  }

  static List<Row> transaction(Fields f) {
    String from = f.key("from");
    String to = f.text("to");
    List<Row> rows = new ArrayList<>();
    rows.add(
        Row.of(
            Tables.TRANSACTIONS_BY_HASH,
            f.key("hash"),
            f.int64("blockNumber"),
            f.key("blockHash"),
            f.blockTime(),
            f.int64("transactionIndex"),
            f.int64("type"),
            f.int64("nonce"),
            from,
            to,
            f.uint256("value"),
            f.int64("gas"),
            f.uint256("gasPrice"),
            f.uint256("effectiveGasPrice"),
            f.int64("gasUsed"),
            f.uint256("feePaid"),
            f.int64("status"),
            f.text("contractAddress"),
            f.text("input"),
            f.text("classification")));
    rows.add(byAddress(f, from, "out", to));
    // A contract creation has no recipient: its created contract stands in for it.
    String recipient = to != null ? to : f.text("contractAddress");
    if (recipient != null && !recipient.isEmpty()) {
      rows.add(byAddress(f, recipient, "in", from));
    }
    return rows;
  }

  private static Row byAddress(Fields f, String address, String direction, String counterparty) {
    return Row.of(
        Tables.TRANSACTIONS_BY_ADDRESS,
        address,
        f.bucket(),
        f.int64("blockNumber"),
        f.int64("transactionIndex"),
        direction,
        f.key("hash"),
        f.key("blockHash"),
        f.blockTime(),
        counterparty,
        f.uint256("value"),
        f.uint256("feePaid"),
        f.int64("status"),
        f.text("classification"));
  }

  static List<Row> metrics(Fields f) {
    Instant minute = toInstant(f.required("minuteStart"));
    BigInteger meanBaseFee = f.uint256("meanBaseFeePerGas");
    return List.of(
        Row.of(
            Tables.CHAIN_METRICS_BY_DAY,
            LocalDate.ofInstant(minute, ZoneOffset.UTC),
            minute,
            f.int64("blockCount"),
            f.int64("transactionCount"),
            f.int64("gasUsed"),
            f.uint256("feesPaid"),
            meanBaseFee,
            f.int64("distinctSenders")));
  }

  private static Instant toInstant(Object timestamp) {
    if (timestamp instanceof Date date) {
      return date.toInstant();
    }
    return Instant.ofEpochMilli(((Number) timestamp).longValue());
  }
}
