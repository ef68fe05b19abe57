package io.chainexplorer.batch.job;

import io.chainexplorer.batch.input.Inputs;
import io.chainexplorer.batch.views.AddressDaily;
import io.chainexplorer.batch.views.ChainDaily;
import io.chainexplorer.batch.views.SecurityTokenAdoption;
import io.chainexplorer.batch.views.SecurityTokenPartitionsDaily;
import io.chainexplorer.batch.views.SecurityTokensDaily;
import io.chainexplorer.batch.views.TokenDaily;
import io.chainexplorer.batch.views.Tokens;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The views the job can build: name (directory, file and table stem), builder and key; a view keyed
 * by {@code date} first is written and hashed per day, any other as one whole.
 */
public enum BatchView {
  CHAIN_DAILY(ChainDaily.NAME, (in, state) -> ChainDaily.build(in), List.of("date")),
  TOKEN_DAILY(
      TokenDaily.NAME,
      (in, state) -> TokenDaily.build(in),
      List.of("date", "token_address", "standard")),
  ADDRESS_DAILY(
      AddressDaily.NAME, (in, state) -> AddressDaily.build(in), List.of("date", "address")),
  TOKENS(Tokens.NAME, (in, state) -> state.tokens(in), List.of("token_address", "standard")),
  SECURITY_TOKENS_DAILY(
      SecurityTokensDaily.NAME,
      (in, state) -> state.securityTokensDaily(in),
      List.of("date", "standard", "token_address")),
  SECURITY_TOKEN_PARTITIONS_DAILY(
      SecurityTokenPartitionsDaily.NAME,
      (in, state) -> SecurityTokenPartitionsDaily.build(in),
      List.of("date", "token_address", "partition")),
  /** Folded from the written {@code security_tokens_daily}, which every run of it also builds. */
  SECURITY_TOKEN_ADOPTION(
      SecurityTokenAdoption.NAME, (in, state) -> state.adoption(), List.of("date", "standard"));

  private final String viewName;
  private final BiFunction<Inputs, ViewState, Dataset<Row>> builder;
  private final List<String> key;

  BatchView(
      String viewName, BiFunction<Inputs, ViewState, Dataset<Row>> builder, List<String> key) {
    this.viewName = viewName;
    this.builder = builder;
    this.key = key;
  }

  /** The view's name: {@code <out>/<name>/}, {@code <export>/<name>.jsonl}. */
  public String viewName() {
    return viewName;
  }

  /** Whether the view has one row per key and day, partitioned by {@code date}. */
  public boolean daily() {
    return key.get(0).equals("date");
  }

  /** The columns identifying a row, {@code date} first when daily: the order rows are hashed in. */
  public List<String> key() {
    return key;
  }

  /** The view over {@code inputs}, the recomputed days, and {@code state} of the others. */
  Dataset<Row> build(Inputs inputs, ViewState state) {
    return builder.apply(inputs, state);
  }

  /** Every view's name. */
  public static List<String> names() {
    return Arrays.stream(values()).map(BatchView::viewName).toList();
  }

  /** The view named {@code name}. */
  public static BatchView named(String name) {
    return Arrays.stream(values())
        .filter(view -> view.viewName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown view " + name + ": " + names()));
  }
}
