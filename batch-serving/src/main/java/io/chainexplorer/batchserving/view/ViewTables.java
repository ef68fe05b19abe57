package io.chainexplorer.batchserving.view;

import java.util.List;

/**
 * Every view the loader serves: a new view is one entry here and its table in {@code
 * cql/batch-schema.cql}.
 */
public final class ViewTables {

  public static final ViewTable CHAIN_DAILY =
      new ViewTable("chain_daily", "batch_chain_daily", true, List.of("year"), List.of("date"));
  public static final ViewTable TOKEN_DAILY =
      new ViewTable(
          "token_daily",
          "batch_token_daily",
          true,
          List.of("token_address"),
          List.of("date", "standard"));
  public static final ViewTable ADDRESS_DAILY =
      new ViewTable(
          "address_daily", "batch_address_daily", true, List.of("address"), List.of("date"));
  public static final ViewTable TOKENS =
      new ViewTable("tokens", "batch_tokens", false, List.of("token_address"), List.of("standard"));
  public static final ViewTable SECURITY_TOKENS_DAILY =
      new ViewTable(
          "security_tokens_daily",
          "batch_security_tokens_daily",
          true,
          List.of("standard", "year"),
          List.of("date", "token_address"));
  public static final ViewTable SECURITY_TOKEN_PARTITIONS_DAILY =
      new ViewTable(
          "security_token_partitions_daily",
          "batch_security_token_partitions_daily",
          true,
          List.of("token_address"),
          List.of("date", "partition"));
  public static final ViewTable SECURITY_TOKEN_ADOPTION =
      new ViewTable(
          "security_token_adoption",
          "batch_security_token_adoption",
          true,
          List.of("year"),
          List.of("date", "standard"));

  /** In load order; the watermark row is written after all of them. */
  public static final List<ViewTable> ALL =
      List.of(
          CHAIN_DAILY,
          TOKEN_DAILY,
          ADDRESS_DAILY,
          TOKENS,
          SECURITY_TOKENS_DAILY,
          SECURITY_TOKEN_PARTITIONS_DAILY,
          SECURITY_TOKEN_ADOPTION);

  private ViewTables() {}

  /** The descriptor of {@code view}. */
  public static ViewTable named(String view) {
    return ALL.stream()
        .filter(table -> table.view().equals(view))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no batch table serves view " + view));
  }
}
