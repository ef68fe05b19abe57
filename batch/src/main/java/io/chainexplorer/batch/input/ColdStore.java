package io.chainexplorer.batch.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The cold store the HDFS sink writes ({@code <root>/<chain>/<entity>/date=../hour=..}), on any
 * Hadoop file system ({@code hdfs://}, {@code file://}): each entity's committed files, canonical
 * rows only, with the UTC {@code date} of their block.
 */
public final class ColdStore {

  /** The UTC day of a row's block, the views' day. */
  public static final String DATE = "date";

  private static final String COMMITTED = "^([^+]+)\\+(\\d+)\\+(\\d+)\\+(\\d+)\\.parquet$";

  private final SparkSession spark;
  private final Path chainRoot;

  private ColdStore(SparkSession spark, Path chainRoot) {
    this.spark = spark;
    this.chainRoot = chainRoot;
  }

  /** The cold store of {@code chain} under the sink's {@code root} (a URI; no scheme: local). */
  public static ColdStore open(SparkSession spark, URI root, String chain) {
    URI qualified = root.getScheme() == null ? java.nio.file.Path.of(root.getPath()).toUri() : root;
    return new ColdStore(spark, new Path(new Path(qualified), chain));
  }

  /** What the views read: the canonical rows of each entity. */
  public Inputs inputs() {
    return new Inputs(
        canonical(ColdStoreEntity.BLOCK),
        canonical(ColdStoreEntity.TRANSACTION),
        canonical(ColdStoreEntity.TOKEN_TRANSFER),
        canonical(ColdStoreEntity.CONTRACT_CREATION),
        canonical(ColdStoreEntity.LOG),
        calls());
  }

  /** Calls to contracts: the calldata itself is dropped once its selector is taken. */
  private Dataset<Row> calls() {
    return canonical(ColdStoreEntity.CALL)
        .filter(col("to").isNotNull())
        .withColumn(
            "selector", when(length(col("input")).geq(10), lower(substring(col("input"), 1, 10))))
        .drop("input");
  }

  /** The canonical rows of {@code entity}: its read columns and {@link #DATE}. */
  public Dataset<Row> canonical(ColdStoreEntity entity) {
    Path directory = new Path(chainRoot, entity.directory());
    List<String> files = CommittedFiles.under(fileSystem(directory), directory);
    Dataset<Row> rows;
    if (files.isEmpty()) {
      rows =
          spark
              .createDataFrame(List.<Row>of(), entity.schema())
              .withColumn(Canonical.TOPIC, expr("CAST(NULL AS STRING)"))
              .withColumn(Canonical.PARTITION, expr("CAST(NULL AS INT)"))
              .withColumn(Canonical.OFFSET, expr("CAST(NULL AS BIGINT)"));
    } else {
      Dataset<Row> read =
          spark.read().schema(entity.schema()).parquet(files.toArray(String[]::new));
      rows =
          read.withColumn(Canonical.TOPIC, regexp_extract(col("_metadata.file_name"), COMMITTED, 1))
              .withColumn(
                  Canonical.PARTITION,
                  regexp_extract(col("_metadata.file_name"), COMMITTED, 2).cast("int"))
              // A committed file holds consecutive offsets from its first: row i is start + i.
              .withColumn(
                  Canonical.OFFSET,
                  regexp_extract(col("_metadata.file_name"), COMMITTED, 3)
                      .cast("long")
                      .plus(col("_metadata.row_index")));
    }
    return Canonical.of(rows, entity.key())
        .withColumn(DATE, expr("date_from_unix_date(CAST(floor(blockTimestamp / 86400) AS INT))"));
  }

  private FileSystem fileSystem(Path directory) {
    try {
      return directory.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file system of " + directory, e);
    }
  }
}
