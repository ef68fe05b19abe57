package io.chainexplorer.api.http;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.store.BlockRangeScan;
import io.chainexplorer.api.store.BlockReader;
import io.chainexplorer.api.store.Listing;
import io.chainexplorer.api.store.TransactionReader;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Etherscan-compatible subset at {@code /api}: {@code module=account}, {@code
 * action=txlist|tokentx|tokennfttx|token1155tx} with address, startblock, endblock, page, offset
 * and sort, {@code module=block action=getblocknobytime} and {@code module=logs action=getLogs}
 * ({@link EtherscanBlocksAndLogs}), in Etherscan's envelope; errors answer as Etherscan does (HTTP
 * 200, status "0", message NOTOK, the reason as result).
 */
final class EtherscanApi {

  static final int RESULT_WINDOW = 10_000;

  private final BlockRangeScan scan;
  private final TransactionReader transactions;
  private final BlockReader blocks;
  private final int offsetMax;
  private final EtherscanBlocksAndLogs blocksAndLogs;

  EtherscanApi(
      BlockRangeScan scan, TransactionReader transactions, BlockReader blocks, int offsetMax) {
    this.scan = scan;
    this.transactions = transactions;
    this.blocks = blocks;
    this.offsetMax = offsetMax;
    this.blocksAndLogs = new EtherscanBlocksAndLogs(scan, transactions, blocks);
  }

  void handle(Context ctx) {
    String module = ctx.queryParam("module");
    if ("block".equals(module) || "logs".equals(module)) {
      ctx.json(blocksAndLogs.answer(ctx, module));
      return;
    }
    if (!"account".equals(module)) {
      ctx.json(notOk("Error! Missing Or invalid Module name"));
      return;
    }
    String action = ctx.queryParam("action");
    String standard =
        switch (action == null ? "" : action) {
          case "txlist" -> "";
          case "tokentx" -> "ERC20";
          case "tokennfttx" -> "ERC721";
          case "token1155tx" -> "ERC1155";
          default -> null;
        };
    if (standard == null) {
      ctx.json(notOk("Error! Missing Or invalid Action name"));
      return;
    }
    try {
      ctx.json(answer(ctx, standard));
    } catch (ApiProblem e) {
      ctx.json(notOk(e.getMessage()));
    }
  }

  private Map<String, Object> answer(Context ctx, String standard) {
    boolean txlist = standard.isEmpty();
    List<Row> rows = scan.read(request(ctx, txlist, standard));
    long head = blocks.head();
    List<Map<String, String>> result = new ArrayList<>();
    for (Row row : rows) {
      result.add(
          txlist
              ? EtherscanFields.transaction(
                  row, transactions.row(row.getString("tx_hash")).orElse(null), head)
              : EtherscanFields.transfer(row, head));
    }
    return result.isEmpty()
        ? envelope("0", "No transactions found", result)
        : envelope("1", "OK", result);
  }

  private BlockRangeScan.Request request(Context ctx, boolean txlist, String standard) {
    String address = ctx.queryParam("address");
    if (address == null || !address.matches("0x[0-9a-fA-F]{40}")) {
      throw ApiProblem.badParameter("address", "Error! Invalid address format");
    }
    long page = number(ctx, "page", 1);
    long offset = number(ctx, "offset", offsetMax);
    String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("asc");
    checkWindow(page, offset, offsetMax, sort);
    return new BlockRangeScan.Request(
        txlist ? Listing.ADDRESS_TRANSACTIONS : Listing.ADDRESS_TOKEN_TRANSFERS,
        address.toLowerCase(Locale.ROOT),
        number(ctx, "startblock", 0),
        number(ctx, "endblock", 99_999_999),
        sort.equals("asc"),
        (int) ((page - 1) * offset),
        (int) offset,
        txlist ? row -> true : row -> standard.equals(row.getString("standard")),
        txlist ? row -> row.getString("tx_hash") : EtherscanApi::transferIdentity);
  }

  static void checkWindow(long page, long offset, long offsetMax, String sort) {
    if (page < 1 || offset < 1 || offset > offsetMax || !sort.matches("asc|desc")) {
      throw ApiProblem.badParameter("page", "Error! Invalid page, offset or sort");
    }
    if (page * offset > RESULT_WINDOW) {
      throw ApiProblem.badParameter(
          "page",
          "Result window is too large, PageNo x Offset size must be less than or equal to 10000");
    }
  }

  /** Both directions of a self-transfer are one item. */
  private static String transferIdentity(Row row) {
    return row.getString("tx_hash")
        + "/"
        + row.getLong("log_index")
        + "/"
        + row.getLong("batch_index");
  }

  static long number(Context ctx, String name, long absent) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return absent;
    }
    if (!value.matches("[0-9]{1,18}")) {
      throw ApiProblem.badParameter(name, "Error! Invalid " + name);
    }
    return Long.parseLong(value);
  }

  static Map<String, Object> notOk(String reason) {
    String bare = reason.contains(": ") ? reason.substring(reason.indexOf(": ") + 2) : reason;
    return envelope("0", "NOTOK", bare);
  }

  static Map<String, Object> envelope(String status, String message, Object result) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    body.put("result", result);
    return body;
  }
}
