package io.chainexplorer.batch.views;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Security tokens daily: per UTC day, standard and recognised token, its ERC-20 transfers between
 * holders, issuances (from zero), redemptions (to zero), forced transfers (ERC-1644 controller
 * events, successful ERC-3643 forced-transfer calls), documents set and distinct holders active;
 * the counts of the decoder's {@code security-token-activity}, summed per day.
 */
public final class SecurityTokensDaily {

  public static final String NAME = "security_tokens_daily";

  private static final String ZERO = TokenDaily.ZERO_ADDRESS;
  private static final List<String> KINDS =
      List.of("transfer", "issuance", "redemption", "forced_transfer", "document_set", "other");

  private SecurityTokensDaily() {}

  /** The view over {@code inputs}. */
  public static Dataset<Row> build(Inputs inputs) {
    return build(inputs, SecurityTokens.recognised(inputs));
  }

  /**
   * The view over {@code inputs}, of the tokens {@code recognised} (from {@link SecurityTokens}).
   */
  public static Dataset<Row> build(Inputs inputs, Dataset<Row> recognised) {
    Dataset<Row> activity =
        activity(inputs)
            .join(recognised, "token_address")
            .filter(col("blockNumber").geq(col("first_block")));
    Column[] counts =
        KINDS.stream()
            .filter(kind -> !kind.equals("other"))
            .map(kind -> sum(when(col("kind").equalTo(kind), 1L).otherwise(0L)).as(kind + "s"))
            .toArray(Column[]::new);
    Dataset<Row> perToken =
        activity
            .groupBy(col(ColdStore.DATE), col("standard"), col("token_address"))
            .agg(counts[0], Arrays.copyOfRange(counts, 1, counts.length));
    Dataset<Row> holders =
        activity
            .filter(col("holder").isNotNull().and(col("holder").notEqual(ZERO)))
            .groupBy(col(ColdStore.DATE), col("token_address"))
            .agg(countDistinct("holder").as("distinct_holders_active"));
    return perToken
        .join(holders, new String[] {ColdStore.DATE, "token_address"}, "left")
        .select(
            col(ColdStore.DATE),
            col("standard"),
            col("token_address"),
            col("transfers"),
            col("issuances"),
            col("redemptions"),
            col("forced_transfers"),
            col("document_sets").as("documents_set"),
            coalesce(col("distinct_holders_active"), lit(0L)).as("distinct_holders_active"));
  }

  /**
   * Everything a token did: one row per holder of each ERC-20 transfer (kind on the first), plus
   * its logs and successful calls ({@code date}, {@code token_address}, {@code blockNumber}, {@code
   * kind}, {@code holder}).
   */
  private static Dataset<Row> activity(Inputs inputs) {
    Dataset<Row> transfers = inputs.tokenTransfers().filter(col("standard").equalTo("ERC20"));
    Column kind =
        when(col("from").equalTo(ZERO), "issuance")
            .when(col("to").equalTo(ZERO), "redemption")
            .otherwise("transfer");
    Dataset<Row> senders = rows(transfers, "tokenAddress", kind, col("from"));
    Dataset<Row> receivers = rows(transfers, "tokenAddress", lit("none"), col("to"));
    Column topic0 = element_at(col("topics"), 1);
    Column logKind =
        when(
                topic0
                    .equalTo(SecurityMembers.CONTROLLER_TRANSFER)
                    .and(size(col("topics")).equalTo(3))
                    .or(
                        topic0
                            .equalTo(SecurityMembers.CONTROLLER_REDEMPTION)
                            .and(size(col("topics")).equalTo(2))),
                "forced_transfer")
            .when(
                topic0
                    .equalTo(SecurityMembers.DOCUMENT_UPDATED)
                    .and(size(col("topics")).equalTo(2)),
                "document_set")
            .otherwise("other");
    Dataset<Row> logs = rows(inputs.logs(), "address", logKind, lit(null).cast("string"));
    Column forcedCall =
        col("selector")
            .isin(SecurityMembers.FORCED_TRANSFER_CALL, SecurityMembers.BATCH_FORCED_TRANSFER_CALL);
    Dataset<Row> calls =
        rows(
            SecurityTokens.succeeded(inputs.calls()),
            "to",
            when(forcedCall, "forced_transfer").otherwise("other"),
            lit(null).cast("string"));
    return senders.unionByName(receivers).unionByName(logs).unionByName(calls);
  }

  private static Dataset<Row> rows(Dataset<Row> input, String token, Column kind, Column holder) {
    return input.select(
        col(ColdStore.DATE),
        col(token).as("token_address"),
        col("blockNumber"),
        kind.as("kind"),
        holder.as("holder"));
  }
}
