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
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The views the job can build: name (directory, file and table stem), builder and key; a view keyed
 * by {@code date} first is written and hashed per day, any other as one whole.
 */
public enum BatchView {
  CHAIN_DAILY(ChainDaily.NAME, ChainDaily::build, List.of("date")),
  TOKEN_DAILY(TokenDaily.NAME, TokenDaily::build, List.of("date", "token_address", "standard")),
  ADDRESS_DAILY(AddressDaily.NAME, AddressDaily::build, List.of("date", "address")),
  TOKENS(Tokens.NAME, Tokens::build, List.of("token_address", "standard")),
  SECURITY_TOKENS_DAILY(
      SecurityTokensDaily.NAME,
      SecurityTokensDaily::build,
      List.of("date", "standard", "token_address")),
  SECURITY_TOKEN_PARTITIONS_DAILY(
      SecurityTokenPartitionsDaily.NAME,
      SecurityTokenPartitionsDaily::build,
      List.of("date", "token_address", "partition")),
  SECURITY_TOKEN_ADOPTION(
      SecurityTokenAdoption.NAME, SecurityTokenAdoption::build, List.of("date", "standard"));

  private final String viewName;
  private final Function<Inputs, Dataset<Row>> builder;
  private final List<String> key;

  BatchView(String viewName, Function<Inputs, Dataset<Row>> builder, List<String> key) {
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

  /** The view over {@code inputs}. */
  public Dataset<Row> build(Inputs inputs) {
    return builder.apply(inputs);
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
