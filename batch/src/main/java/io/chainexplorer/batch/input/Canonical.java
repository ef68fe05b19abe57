package io.chainexplorer.batch.input;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The canonical rows of an entity, by the rule the hot store applies: of the records of one key and
 * one block hash the one at the highest offset stands, and a retraction there removes them; of what
 * stands for a key, the record at the highest offset wins, as an upsert by key keeps it.
 */
final class Canonical {

  static final String TOPIC = "_topic";
  static final String PARTITION = "_partition";
  static final String OFFSET = "_offset";
  private static final String RANK = "_rank";

  private Canonical() {}

  /** {@code rows} (with offset columns) reduced to one live row per key. */
  static Dataset<Row> of(Dataset<Row> rows, List<String> key) {
    List<Column> byVersion = columns(key);
    byVersion.add(col("blockHash"));
    Column[] latestFirst = {col(OFFSET).desc(), col(PARTITION).desc(), col(TOPIC).desc()};
    Dataset<Row> standing =
        rows.withColumn(
                RANK,
                row_number()
                    .over(
                        Window.partitionBy(byVersion.toArray(Column[]::new)).orderBy(latestFirst)))
            .filter(col(RANK).equalTo(1).and(coalesce(col("retracted"), lit(false)).equalTo(false)))
            .drop(RANK);
    return standing
        .withColumn(
            RANK,
            row_number()
                .over(Window.partitionBy(columns(key).toArray(Column[]::new)).orderBy(latestFirst)))
        .filter(col(RANK).equalTo(1))
        .drop(RANK, TOPIC, PARTITION, OFFSET, "retracted");
  }

  private static List<Column> columns(List<String> names) {
    List<Column> columns = new ArrayList<>();
    names.forEach(name -> columns.add(col(name)));
    return columns;
  }
}
