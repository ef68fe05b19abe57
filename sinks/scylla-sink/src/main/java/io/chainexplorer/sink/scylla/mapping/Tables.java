package io.chainexplorer.sink.scylla.mapping;

import java.util.ArrayList;
import java.util.List;

/** The hot tables of {@code cql/schema.cql}, with their columns in binding order. */
public final class Tables {

  static final String BLOCK_HASH = "block_hash";

  /** The header columns both block tables hold after the other table's key. */
  private static final List<String> BLOCK_DETAILS =
      List.of(
          "block_timestamp",
          "parent_hash",
          "miner",
          "gas_used",
          "gas_limit",
          "base_fee_per_gas",
          "transaction_count",
          "size",
          "extra_data");

  public static final Table BLOCKS_BY_NUMBER =
      new Table("blocks_by_number", List.of("block_number"), withBlockDetails(BLOCK_HASH), true);

  public static final Table BLOCKS_BY_HASH =
      new Table("blocks_by_hash", List.of(BLOCK_HASH), withBlockDetails("block_number"), true);

  public static final Table TRANSACTIONS_BY_HASH =
      new Table(
          "transactions_by_hash",
          List.of("tx_hash"),
          List.of(
              "block_number",
              BLOCK_HASH,
              "block_timestamp",
              "tx_index",
              "tx_type",
              "nonce",
              "from_address",
              "to_address",
              "value",
              "gas",
              "gas_price",
              "effective_gas_price",
              "gas_used",
              "fee_paid",
              "status",
              "contract_address",
              "input",
              "classification"),
          true);

  public static final Table TRANSACTIONS_BY_ADDRESS =
      new Table(
          "transactions_by_address",
          List.of("address", "bucket", "block_number", "tx_index", "direction"),
          List.of(
              "tx_hash",
              BLOCK_HASH,
              "block_timestamp",
              "counterparty",
              "value",
              "fee_paid",
              "status",
              "classification"),
          true);

  public static final Table TOKEN_TRANSFERS_BY_TOKEN =
      new Table(
          "token_transfers_by_token",
          List.of("token_address", "bucket", "block_number", "log_index", "batch_index"),
          List.of(
              "tx_hash",
              BLOCK_HASH,
              "block_timestamp",
              "standard",
              "from_address",
              "to_address",
              "operator",
              "amount",
              "token_id"),
          true);

  public static final Table TOKEN_TRANSFERS_BY_ADDRESS =
      new Table(
          "token_transfers_by_address",
          List.of("address", "bucket", "block_number", "log_index", "batch_index", "direction"),
          List.of(
              "tx_hash",
              BLOCK_HASH,
              "block_timestamp",
              "token_address",
              "standard",
              "counterparty",
              "amount",
              "token_id"),
          true);

  public static final Table LOGS_BY_ADDRESS =
      new Table(
          "logs_by_address",
          List.of("address", "bucket", "block_number", "log_index"),
          List.of(
              "tx_hash",
              "tx_index",
              BLOCK_HASH,
              "block_timestamp",
              "topic0",
              "topic1",
              "topic2",
              "topic3",
              "data"),
          true);

  public static final Table DECODED_CALLS_BY_CONTRACT =
      new Table(
          "decoded_calls_by_contract",
          List.of("contract_address", "bucket", "block_number", "tx_hash"),
          List.of(
              BLOCK_HASH,
              "block_timestamp",
              "function_name",
              "signature",
              "selector",
              "parameters",
              "abi_source"),
          true);

  public static final Table DECODED_EVENTS_BY_CONTRACT =
      new Table(
          "decoded_events_by_contract",
          List.of("contract_address", "bucket", "block_number", "log_index"),
          List.of(
              "tx_hash",
              BLOCK_HASH,
              "block_timestamp",
              "event_name",
              "signature",
              "topic0",
              "parameters",
              "abi_source"),
          true);

  public static final Table INTERNAL_TRANSACTIONS_BY_TX =
      new Table(
          "internal_transactions_by_tx",
          List.of("tx_hash", "trace_address"),
          List.of(
              "block_number",
              BLOCK_HASH,
              "block_timestamp",
              "tx_index",
              "depth",
              "call_type",
              "from_address",
              "to_address",
              "value",
              "gas",
              "gas_used",
              "input_selector",
              "error",
              "trace_source"),
          true);

  public static final Table INTERNAL_TRANSACTIONS_BY_ADDRESS =
      new Table(
          "internal_transactions_by_address",
          List.of("address", "bucket", "block_number", "tx_index", "trace_address", "direction"),
          List.of(
              "tx_hash",
              BLOCK_HASH,
              "block_timestamp",
              "call_type",
              "counterparty",
              "value",
              "error"),
          true);

  public static final Table CHAIN_METRICS_BY_DAY =
      new Table(
          "chain_metrics_by_day",
          List.of("day", "minute_start"),
          List.of(
              "block_count",
              "transaction_count",
              "gas_used",
              "fees_paid",
              "mean_base_fee_per_gas",
              "distinct_senders"),
          false);

  /**
   * Token metadata, one row per token, overwritten when the token is read again: reference data
   * that is never retracted and kept without TTL unless {@code ttl.overrides} names it.
   */
  public static final Table TOKENS =
      new Table(
          "tokens",
          List.of("token_address"),
          List.of(
              "standard",
              "name",
              "name_unavailable",
              "symbol",
              "symbol_unavailable",
              "decimals",
              "decimals_unavailable",
              "total_supply",
              "total_supply_unavailable",
              "block_number",
              BLOCK_HASH,
              "block_timestamp",
              "read_trigger"),
          false);

  /** Every table, in the order {@code cql/schema.cql} creates them. */
  public static final List<Table> ALL =
      List.of(
          BLOCKS_BY_NUMBER,
          BLOCKS_BY_HASH,
          TRANSACTIONS_BY_HASH,
          TRANSACTIONS_BY_ADDRESS,
          TOKEN_TRANSFERS_BY_TOKEN,
          TOKEN_TRANSFERS_BY_ADDRESS,
          LOGS_BY_ADDRESS,
          DECODED_CALLS_BY_CONTRACT,
          DECODED_EVENTS_BY_CONTRACT,
          INTERNAL_TRANSACTIONS_BY_TX,
          INTERNAL_TRANSACTIONS_BY_ADDRESS,
          CHAIN_METRICS_BY_DAY,
          TOKENS);

  private Tables() {}

  private static List<String> withBlockDetails(String first) {
    List<String> columns = new ArrayList<>(List.of(first));
    columns.addAll(BLOCK_DETAILS);
    return columns;
  }
}
