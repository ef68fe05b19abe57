package io.chainexplorer.batch.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.ColdStoreEntity;
import io.chainexplorer.batch.input.Inputs;
import io.chainexplorer.batch.views.SecurityTokenAdoption;
import io.chainexplorer.batch.views.SecurityTokens;
import io.chainexplorer.batch.views.SecurityTokensDaily;
import io.chainexplorer.batch.views.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The per-day partial results kept under {@code <out>/_state/} so that the history-wide views
 * ({@code tokens}, security-token recognition, adoption) fold the days a run did not recompute from
 * them instead of reading the whole cold store again.
 */
final class ViewState {

  private static final String RECOGNITIONS = "security_recognitions";
  private static final String TOKEN_DAYS = "token_days";

  private final SparkSession spark;
  private final String outputDir;
  private final ColdStore store;
  private final ViewOutput output;
  private RunPlan plan;
  private Dataset<Row> recognitions;
  private Dataset<Row> tokenDays;
  private StructType dailySchema;

  ViewState(SparkSession spark, String outputDir, ColdStore store, ViewOutput output) {
    this.spark = spark;
    this.outputDir = outputDir;
    this.store = store;
    this.output = output;
  }

  /** Sets the plan of the run; the partial results of {@code inputs} are of its days. */
  void plan(RunPlan plan) {
    this.plan = plan;
  }

  /**
   * The days whose security-token view changes because a token's recognition moved when the plan's
   * days are recomputed from {@code inputs}: every day seen from the earliest day it moved.
   */
  Set<String> recognitionMoves(Inputs inputs) {
    Dataset<Row> stored = stored(RECOGNITIONS);
    Set<String> days = new TreeSet<>();
    if (stored == null || plan.everything()) {
      return days;
    }
    Dataset<Row> before = SecurityTokens.combine(stored);
    // Renamed: both sides descend from the same files, and Spark would confuse their columns.
    Dataset<Row> after =
        SecurityTokens.combine(kept(stored).unionByName(perDayRecognitions(inputs)))
            .select(
                col("token_address"),
                col("standard").as("new_standard"),
                col("first_block").as("new_first_block"),
                col("first_date").as("new_first_date"));
    Column same =
        col("standard")
            .eqNullSafe(col("new_standard"))
            .and(col("first_block").eqNullSafe(col("new_first_block")));
    List<Row> earliest =
        before
            .join(after, new String[] {"token_address"}, "full")
            .filter(not(same))
            .agg(min(least(col("first_date"), col("new_first_date"))))
            .collectAsList();
    Date from = earliest.isEmpty() ? null : earliest.get(0).getDate(0);
    if (from != null) {
      plan.seen().days().stream()
          .filter(day -> day.compareTo(from.toString()) >= 0)
          .forEach(days::add);
    }
    return days;
  }

  /** The tokens recognised over every day: the kept days' and those of {@code inputs}. */
  private Dataset<Row> recognised(Inputs inputs) {
    Dataset<Row> stored = plan.everything() ? null : stored(RECOGNITIONS);
    Dataset<Row> fresh = perDayRecognitions(inputs);
    return SecurityTokens.combine(stored == null ? fresh : kept(stored).unionByName(fresh));
  }

  /** The {@code tokens} view: the kept days' partial counts and those of {@code inputs}. */
  Dataset<Row> tokens(Inputs inputs) {
    tokenDays = Tokens.perDay(inputs);
    Dataset<Row> stored = plan.everything() ? null : stored(TOKEN_DAYS);
    if (stored == null) {
      return Tokens.fold(tokenDays, inputs.contractCreations());
    }
    // A token's creation may lie on any day: the contract creations are read whole.
    return Tokens.fold(
        kept(stored).unionByName(tokenDays), store.canonical(ColdStoreEntity.CONTRACT_CREATION));
  }

  /** The {@code security_tokens_daily} view of the recomputed days. */
  Dataset<Row> securityTokensDaily(Inputs inputs) {
    Dataset<Row> daily = SecurityTokensDaily.build(inputs, recognised(inputs));
    dailySchema = daily.schema();
    return daily;
  }

  /** The adoption view from the written security-tokens-daily view, on the days it replaces. */
  Dataset<Row> adoption() {
    // An explicit schema: a view without a row has no file to infer one from.
    Dataset<Row> daily =
        spark
            .read()
            .schema(dailySchema)
            .parquet(new Path(outputDir, SecurityTokensDaily.NAME).toString());
    return SecurityTokenAdoption.fold(daily)
        .filter(col(ColdStore.DATE).cast("string").geq(firstDay()));
  }

  /** The days of {@code view} a run replaces. */
  Predicate<String> replaced(BatchView view) {
    if (view == BatchView.SECURITY_TOKEN_ADOPTION) {
      // Cumulative counts: every day from the first recomputed one may change.
      return day -> plan.everything() || day.compareTo(firstDay()) >= 0;
    }
    return plan::recomputes;
  }

  private String firstDay() {
    return plan.everything() || plan.days().isEmpty() ? "" : plan.days().first();
  }

  /** Keeps the partial results of the recomputed days once {@code view} is written. */
  void written(BatchView view) throws IOException {
    if (view == BatchView.TOKENS) {
      keep(TOKEN_DAYS, tokenDays);
    } else if (view == BatchView.SECURITY_TOKENS_DAILY) {
      keep(RECOGNITIONS, recognitions);
    }
  }

  private Dataset<Row> perDayRecognitions(Inputs inputs) {
    recognitions = SecurityTokens.perDay(inputs).drop("first_date");
    return recognitions.withColumn("first_date", col(ColdStore.DATE));
  }

  private void keep(String name, Dataset<Row> rows) throws IOException {
    output.writeByDay(
        rows,
        new Path(new Path(outputDir, "_state"), name),
        new Column[] {col(ColdStore.DATE)},
        plan::recomputes,
        plan.everything());
  }

  /** The stored rows of the days the run does not recompute. */
  private Dataset<Row> kept(Dataset<Row> stored) {
    return stored.filter(
        not(col(ColdStore.DATE).cast("string").isin(plan.days().toArray(Object[]::new))));
  }

  private Dataset<Row> stored(String name) {
    Path directory = new Path(new Path(outputDir, "_state"), name);
    try {
      FileSystem fs = directory.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(directory) || fs.listStatus(directory).length == 0) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the batch state " + directory, e);
    }
    Dataset<Row> rows = spark.read().parquet(directory.toString());
    return name.equals(RECOGNITIONS) ? rows.withColumn("first_date", col(ColdStore.DATE)) : rows;
  }
}
