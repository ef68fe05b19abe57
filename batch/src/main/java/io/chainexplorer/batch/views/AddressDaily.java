package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import io.chainexplorer.batch.uint256.Uint256Sum;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Address daily, the compliance view: one row per UTC day and address with the transactions it sent
 * and received, the exact fees it paid, its token transfers in and out per standard and the
 * contracts it created; the zero address of mints and burns is no party.
 */
public final class AddressDaily {

  public static final String NAME = "address_daily";

  private static final String ADDRESS = "address";
  private static final List<String> STANDARDS = List.of("ERC20", "ERC721", "ERC1155");

  private AddressDaily() {}

  /** The view over {@code inputs}; an address appears on the days it took part in something. */
  public static Dataset<Row> build(Inputs inputs) {
    Dataset<Row> transactions = inputs.transactions();
    Dataset<Row> transfers =
        inputs
            .tokenTransfers()
            .select(col(ColdStore.DATE), col("standard"), col("from"), col("to"));
    Dataset<Row> parties =
        transactions
            .select(
                col(ColdStore.DATE),
                col("from").as(ADDRESS),
                lit(1L).as("transactions_sent"),
                col("feePaid"))
            .unionByName(
                transactions
                    .filter(col("to").isNotNull())
                    .select(
                        col(ColdStore.DATE),
                        col("to").as(ADDRESS),
                        lit(1L).as("transactions_received")),
                true)
            .unionByName(tokenSide(transfers, "from", "out"), true)
            .unionByName(tokenSide(transfers, "to", "in"), true)
            .unionByName(
                inputs
                    .contractCreations()
                    .select(
                        col(ColdStore.DATE),
                        col("creator").as(ADDRESS),
                        lit(1L).as("contracts_created")),
                true);
    List<String> counts = new ArrayList<>(List.of("transactions_sent", "transactions_received"));
    for (String standard : STANDARDS) {
      counts.add(column(standard, "in"));
      counts.add(column(standard, "out"));
    }
    counts.add("contracts_created");
    List<Column> aggregates = new ArrayList<>();
    for (String count : counts) {
      aggregates.add(sum(col(count)).as(count));
    }
    aggregates.add(Uint256Sum.function().apply(col("feePaid")).as("fees_paid_wei"));
    Dataset<Row> grouped =
        parties
            .groupBy(col(ColdStore.DATE), col(ADDRESS))
            .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
            .na()
            .fill(0L, counts.toArray(String[]::new));
    List<Column> ordered = new ArrayList<>(List.of(col(ColdStore.DATE), col(ADDRESS)));
    ordered.add(col("transactions_sent"));
    ordered.add(col("transactions_received"));
    ordered.add(col("fees_paid_wei"));
    for (String count : counts.subList(2, counts.size())) {
      ordered.add(col(count));
    }
    return grouped.select(ordered.toArray(Column[]::new));
  }

  /** One row per transfer for the address on {@code side}, counted under its standard. */
  private static Dataset<Row> tokenSide(Dataset<Row> transfers, String side, String direction) {
    List<Column> columns = new ArrayList<>(List.of(col(ColdStore.DATE), col(side).as(ADDRESS)));
    for (String standard : STANDARDS) {
      columns.add(
          when(col("standard").equalTo(standard), 1L)
              .otherwise(0L)
              .as(column(standard, direction)));
    }
    return transfers
        .filter(col(side).notEqual(TokenDaily.ZERO_ADDRESS))
        .select(columns.toArray(Column[]::new));
  }

  private static String column(String standard, String direction) {
    return standard.toLowerCase(java.util.Locale.ROOT) + "_transfers_" + direction;
  }
}
