package io.chainexplorer.sink.scylla.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of raw logs, token transfers, token metadata and decoded calls and events; a call or event
 * the decoder could not decode (an outcome other than DECODED) has no row.
 */
final class ContractRows {

  static final String DECODED = "DECODED";

  private ContractRows() {}

  /**
   * Whether a decoded-topic record was decoded. The hot tables answer "the decoded calls (events)
   * of this contract": an unknown selector or malformed calldata has no function, signature or
   * parameters to show, and its transaction is already in {@code transactions_by_address}; the
   * decoded topics and the decoder's outcome counter keep it.
   */
  static boolean decoded(Fields f) {
    return DECODED.equals(f.textOr("outcome", DECODED));
  }

  static List<Row> log(Fields f) {
    return List.of(
        Row.of(
            Tables.LOGS_BY_ADDRESS,
            f.key("address"),
            f.bucket(),
            f.int64("blockNumber"),
            f.int64("logIndex"),
            f.key("transactionHash"),
            f.int64("transactionIndex"),
            f.key("blockHash"),
            f.blockTime(),
            f.element("topics", 0),
            f.element("topics", 1),
            f.element("topics", 2),
            f.element("topics", 3),
            f.text("data")));
  }

  static List<Row> tokenTransfer(Fields f) {
    String from = f.key("from");
    String to = f.key("to");
    List<Row> rows = new ArrayList<>();
    rows.add(
        Row.of(
            Tables.TOKEN_TRANSFERS_BY_TOKEN,
            f.key("tokenAddress"),
            f.bucket(),
            f.int64("blockNumber"),
            f.int64("logIndex"),
            f.int64("batchIndex"),
            f.key("transactionHash"),
            f.key("blockHash"),
            f.blockTime(),
            f.text("standard"),
            from,
            to,
            f.text("operator"),
            f.uint256("amount"),
            f.uint256("tokenId")));
    rows.add(transferByAddress(f, from, "out", to));
    rows.add(transferByAddress(f, to, "in", from));
    return rows;
  }

  private static Row transferByAddress(
      Fields f, String address, String direction, String counterparty) {
    return Row.of(
        Tables.TOKEN_TRANSFERS_BY_ADDRESS,
        address,
        f.bucket(),
        f.int64("blockNumber"),
        f.int64("logIndex"),
        f.int64("batchIndex"),
        direction,
        f.key("transactionHash"),
        f.key("blockHash"),
        f.blockTime(),
        f.key("tokenAddress"),
        f.text("standard"),
        counterparty,
        f.uint256("amount"),
        f.uint256("tokenId"));
  }

  static List<Row> token(Fields f) {
    return List.of(
        Row.of(
            Tables.TOKENS,
            f.key("address"),
            f.text("standard"),
            f.text("name"),
            f.text("nameUnavailable"),
            f.text("symbol"),
            f.text("symbolUnavailable"),
            f.int32("decimals"),
            f.text("decimalsUnavailable"),
            f.uint256("totalSupply"),
            f.text("totalSupplyUnavailable"),
            f.int64("blockNumber"),
            f.key("blockHash"),
            f.blockTime(),
            f.text("trigger")));
  }

  static List<Row> decodedCall(Fields f) {
    if (!decoded(f)) {
      return List.of();
    }
    return List.of(
        Row.of(
            Tables.DECODED_CALLS_BY_CONTRACT,
            f.key("contractAddress"),
            f.bucket(),
            f.int64("blockNumber"),
            f.key("transactionHash"),
            f.key("blockHash"),
            f.blockTime(),
            f.text("functionName"),
            f.text("signature"),
            f.text("selector"),
            f.parameters("parameters"),
            f.text("abiSource")));
  }

  static List<Row> decodedEvent(Fields f) {
    if (!decoded(f)) {
      return List.of();
    }
    return List.of(
        Row.of(
            Tables.DECODED_EVENTS_BY_CONTRACT,
            f.key("contractAddress"),
            f.bucket(),
            f.int64("blockNumber"),
            f.int64("logIndex"),
            f.key("transactionHash"),
            f.key("blockHash"),
            f.blockTime(),
            f.text("eventName"),
            f.text("signature"),
            f.text("topic0"),
            f.parameters("parameters"),
            f.text("abiSource")));
  }
}
