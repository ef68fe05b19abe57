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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern DAY = Pattern.compile("/date=(\\d{4}-\\d{2}-\\d{2})/");
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
    return inputs(day -> true);
  }

  /**
   * The canonical rows of each entity on the days {@code day} accepts ({@code YYYY-MM-DD}): only
   * the files of those days' partitions are read.
   */
  public Inputs inputs(Predicate<String> day) {
    return new Inputs(
        canonical(ColdStoreEntity.BLOCK, day),
        canonical(ColdStoreEntity.TRANSACTION, day),
        canonical(ColdStoreEntity.TOKEN_TRANSFER, day),
        canonical(ColdStoreEntity.CONTRACT_CREATION, day),
        canonical(ColdStoreEntity.LOG, day),
        calls(day));
  }

  /** Every committed file of the chain, relative to its directory ({@code entity/date=../..}). */
  public List<String> committedFiles() {
    String prefix = chainRoot.toUri().getPath() + "/";
    Set<String> directories = new TreeSet<>();
    for (ColdStoreEntity entity : ColdStoreEntity.values()) {
      directories.add(entity.directory());
    }
    List<String> files = new ArrayList<>();
    for (String directory : directories) {
      Path path = new Path(chainRoot, directory);
      for (String file : CommittedFiles.under(fileSystem(path), path)) {
        files.add(new Path(file).toUri().getPath().substring(prefix.length()));
      }
    }
    return files;
  }

  /** Calls to contracts: the calldata itself is dropped once its selector is taken. */
  private Dataset<Row> calls(Predicate<String> day) {
    return canonical(ColdStoreEntity.CALL, day)
        .filter(col("to").isNotNull())
        .withColumn(
            "selector", when(length(col("input")).geq(10), lower(substring(col("input"), 1, 10))))
        .drop("input");
  }

  /** The canonical rows of {@code entity}: its read columns and {@link #DATE}. */
  public Dataset<Row> canonical(ColdStoreEntity entity) {
    return canonical(entity, day -> true);
  }

  /** The canonical rows of {@code entity} on the days {@code day} accepts. */
  public Dataset<Row> canonical(ColdStoreEntity entity, Predicate<String> day) {
    Path directory = new Path(chainRoot, entity.directory());
    List<String> files =
        CommittedFiles.under(fileSystem(directory), directory).stream()
            .filter(file -> day.test(dayOf(file)))
            .toList();
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

  /** The day of a committed file, from its {@code date=} directory. */
  private static String dayOf(String file) {
    Matcher m = DAY.matcher(file);
    if (!m.find()) {
      throw new IllegalStateException("a committed file outside a date= directory: " + file);
    }
    return m.group(1);
  }

  private FileSystem fileSystem(Path directory) {
    try {
      return directory.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file system of " + directory, e);
    }
  }
}
