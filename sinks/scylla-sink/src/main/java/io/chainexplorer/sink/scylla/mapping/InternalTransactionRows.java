package io.chainexplorer.sink.scylla.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of one call frame: always by transaction; by address only below the top-level call, which
 * {@code transactions_by_address} already lists.
 */
final class InternalTransactionRows {

  private InternalTransactionRows() {}

  static List<Row> of(Fields f) {
    String traceAddress = traceAddress(f);
    String from = f.key("from");
    String to = f.text("to");
    Long depth = f.int64("depth");
    List<Row> rows = new ArrayList<>();
    rows.add(
        Row.of(
            Tables.INTERNAL_TRANSACTIONS_BY_TX,
            f.key("transactionHash"),
            traceAddress,
            f.int64("blockNumber"),
            f.key("blockHash"),
            f.blockTime(),
            f.int64("transactionIndex"),
            depth == null ? null : depth.intValue(),
            f.text("callType"),
            from,
            to,
            f.uint256("value"),
            f.int64("gas"),
            f.int64("gasUsed"),
            f.text("inputSelector"),
            f.text("error"),
            f.text("traceSource")));
    if (traceAddress.isEmpty()) {
      return rows;
    }
    rows.add(byAddress(f, traceAddress, from, "out", to));
    // A failed creation has no callee: the caller's row is the only one.
    if (to != null && !to.isEmpty()) {
      rows.add(byAddress(f, traceAddress, to, "in", from));
    }
    return rows;
  }

  private static Row byAddress(
      Fields f, String traceAddress, String address, String direction, String counterparty) {
    return Row.of(
        Tables.INTERNAL_TRANSACTIONS_BY_ADDRESS,
        address,
        f.bucket(),
        f.int64("blockNumber"),
        f.int64("transactionIndex"),
        traceAddress,
        direction,
        f.key("transactionHash"),
        f.key("blockHash"),
        f.blockTime(),
        f.text("callType"),
        counterparty,
        f.uint256("value"),
        f.text("error"));
  }

  /** The frame's path as the topic key writes it: dot-separated, empty at the top level. */
  private static String traceAddress(Fields f) {
    List<?> path = (List<?>) f.required("traceAddress");
    return path.stream().map(String::valueOf).collect(Collectors.joining("."));
  }
}
