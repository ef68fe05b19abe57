package io.chainexplorer.api.http;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.store.BlockRangeScan;
import io.chainexplorer.api.store.BlockReader;
import io.chainexplorer.api.store.Listing;
import io.chainexplorer.api.store.TransactionReader;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Etherscan's {@code module=block action=getblocknobytime} (timestamp, closest=before|after) and
 * {@code module=logs action=getLogs} (address, topic0, fromBlock, toBlock, page, offset; oldest
 * first), answered from {@code blocks_by_number} and {@code logs_by_address}.
 */
final class EtherscanBlocksAndLogs {

  /** Etherscan's own cap of a getLogs page. */
  private static final int LOGS_OFFSET_MAX = 1000;

  private final BlockRangeScan scan;
  private final TransactionReader transactions;
  private final BlockReader blocks;

  EtherscanBlocksAndLogs(BlockRangeScan scan, TransactionReader transactions, BlockReader blocks) {
    this.scan = scan;
    this.transactions = transactions;
    this.blocks = blocks;
  }

  /** The envelope of a {@code module=block} or {@code module=logs} request. */
  Map<String, Object> answer(Context ctx, String module) {
    String action = ctx.queryParam("action");
    try {
      if (module.equals("block") && "getblocknobytime".equals(action)) {
        return blockByTime(ctx);
      }
      if (module.equals("logs") && "getLogs".equals(action)) {
        return logs(ctx);
      }
      return EtherscanApi.notOk("Error! Missing Or invalid Action name");
    } catch (ApiProblem e) {
      return EtherscanApi.notOk(e.getMessage());
    }
  }

  private Map<String, Object> blockByTime(Context ctx) {
    String timestamp = ctx.queryParam("timestamp");
    if (timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
      throw ApiProblem.badParameter("timestamp", "Error! Invalid timestamp");
    }
    String closest = ctx.queryParamAsClass("closest", String.class).getOrDefault("before");
    if (!closest.matches("before|after")) {
      throw ApiProblem.badParameter("closest", "Error! Invalid closest, before or after");
    }
    OptionalLong block = blocks.numberAt(Long.parseLong(timestamp), closest.equals("before"));
    if (block.isEmpty()) {
      throw ApiProblem.badParameter("timestamp", "Error! No closest block found");
    }
    return EtherscanApi.envelope("1", "OK", Long.toString(block.getAsLong()));
  }

  private Map<String, Object> logs(Context ctx) {
    String address = ctx.queryParam("address");
    // The hot store keys logs by their emitting contract: a topic-only query would scan it all.
    if (address == null || !address.matches("0x[0-9a-fA-F]{40}")) {
      throw ApiProblem.badParameter("address", "Error! Invalid address format");
    }
    String topic0 = ctx.queryParam("topic0");
    if (topic0 != null && !topic0.matches("0x[0-9a-fA-F]{64}")) {
      throw ApiProblem.badParameter("topic0", "Error! Invalid topic0");
    }
    String topic = topic0 == null ? null : topic0.toLowerCase(Locale.ROOT);
    long page = EtherscanApi.number(ctx, "page", 1);
    long offset = EtherscanApi.number(ctx, "offset", LOGS_OFFSET_MAX);
    EtherscanApi.checkWindow(page, offset, LOGS_OFFSET_MAX, "asc");
    List<Row> rows =
        scan.read(
            new BlockRangeScan.Request(
                Listing.ADDRESS_LOGS,
                address.toLowerCase(Locale.ROOT),
                EtherscanApi.number(ctx, "fromBlock", 0),
                EtherscanApi.number(ctx, "toBlock", 99_999_999),
                true,
                (int) ((page - 1) * offset),
                (int) offset,
                row -> topic == null || topic.equals(row.getString("topic0")),
                row -> row.getLong("block_number") + "/" + row.getLong("log_index")));
    List<Map<String, Object>> result = new ArrayList<>();
    for (Row row : rows) {
      result.add(EtherscanFields.log(row, transactions.row(row.getString("tx_hash")).orElse(null)));
    }
    return result.isEmpty()
        ? EtherscanApi.envelope("0", "No records found", result)
        : EtherscanApi.envelope("1", "OK", result);
  }
}
