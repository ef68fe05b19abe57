package io.chainexplorer.api.store;

import java.util.List;

/**
 * A newest-first listing over one bucketed hot table: the partition is (key column, bucket), the
 * clustering columns start with {@code block_number} and their descending ones come first.
 *
 * @param name the listing's name, carried in its cursors so that one listing's cursor is refused by
 *     another
 * @param table hot table
 * @param keyColumn first partition column (an address)
 * @param clustering clustering columns in table order
 */
public record Listing(String name, String table, String keyColumn, List<Column> clustering) {

  public static final Listing ADDRESS_TRANSACTIONS =
      new Listing(
          "address-transactions",
          "transactions_by_address",
          "address",
          List.of(
              Column.desc("block_number"), Column.desc("tx_index"), Column.ascText("direction")));

  public static final Listing ADDRESS_TOKEN_TRANSFERS =
      new Listing(
          "address-token-transfers",
          "token_transfers_by_address",
          "address",
          List.of(
              Column.desc("block_number"),
              Column.desc("log_index"),
              Column.ascLong("batch_index"),
              Column.ascText("direction")));

  public static final Listing TOKEN_TRANSFERS =
      new Listing(
          "token-transfers",
          "token_transfers_by_token",
          "token_address",
          List.of(
              Column.desc("block_number"),
              Column.desc("log_index"),
              Column.ascLong("batch_index")));

  public static final Listing CONTRACT_CALLS =
      new Listing(
          "contract-calls",
          "decoded_calls_by_contract",
          "contract_address",
          List.of(Column.desc("block_number"), Column.ascText("tx_hash")));

  public static final Listing CONTRACT_EVENTS =
      new Listing(
          "contract-events",
          "decoded_events_by_contract",
          "contract_address",
          List.of(Column.desc("block_number"), Column.desc("log_index")));

  public static final Listing ADDRESS_LOGS =
      new Listing(
          "address-logs",
          "logs_by_address",
          "address",
          List.of(Column.desc("block_number"), Column.desc("log_index")));

  public Listing {
    clustering = List.copyOf(clustering);
  }

  /** How many leading clustering columns are descending: a tuple bound can cover them. */
  public int descendingPrefix() {
    int n = 0;
    while (n < clustering.size() && clustering.get(n).descending()) {
      n++;
    }
    return n;
  }
}
