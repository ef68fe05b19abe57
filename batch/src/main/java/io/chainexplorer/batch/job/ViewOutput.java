package io.chainexplorer.batch.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes one built view: Parquet partitioned by day under the output directory, its per-day content
 * hashes beside it, and optionally its JSON lines export; hash and export read the same lines.
 */
final class ViewOutput {

  static final String HASHES = "_content_hashes.tsv";

  /** The day column of the hash of a view that is not daily. */
  static final String WHOLE = "all";

  private final SparkSession spark;

  ViewOutput(SparkSession spark) {
    this.spark = spark;
  }

  /** Writes {@code rows} of {@code view}; returns its per-day hashes in day order. */
  List<DayHash> write(BatchView view, Dataset<Row> rows, String outputDir, String exportDir)
      throws IOException {
    Path directory = new Path(outputDir, view.viewName());
    Column[] key = view.key().stream().map(c -> col(c)).toArray(Column[]::new);
    if (view.daily()) {
      rows.repartition(col("date"))
          .sortWithinPartitions(key)
          .write()
          .mode(SaveMode.Overwrite)
          .partitionBy("date")
          .parquet(directory.toString());
    } else {
      rows.coalesce(1)
          .sortWithinPartitions(key)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(directory.toString());
    }
    List<DayHash> hashes = hashAndExport(view, rows.orderBy(key), exportDir);
    try (OutputStream out = create(new Path(directory, HASHES))) {
      for (DayHash hash : hashes) {
        out.write((hash.line() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return hashes;
  }

  private List<DayHash> hashAndExport(BatchView view, Dataset<Row> sorted, String exportDir)
      throws IOException {
    Column[] all =
        java.util.Arrays.stream(sorted.columns()).map(c -> col(c)).toArray(Column[]::new);
    // Nulls are written (ignoreNullFields off), so every line has every column.
    Dataset<Row> lines =
        sorted.select(
            view.daily() ? col("date").cast("string") : lit(WHOLE),
            to_json(struct(all), Map.of("ignoreNullFields", "false")));
    List<DayHash> hashes = new ArrayList<>();
    OutputStream export =
        exportDir.isEmpty() ? null : create(new Path(exportDir, view.viewName() + ".jsonl"));
    try {
      String day = null;
      MessageDigest digest = null;
      long count = 0;
      for (Iterator<Row> it = lines.toLocalIterator(); it.hasNext(); ) {
        Row row = it.next();
        byte[] line = (row.getString(1) + "\n").getBytes(StandardCharsets.UTF_8);
        if (!row.getString(0).equals(day)) {
          if (day != null) {
            hashes.add(new DayHash(view.viewName(), day, count, hex(digest)));
          }
          day = row.getString(0);
          digest = sha256();
          count = 0;
        }
        digest.update(line);
        count++;
        if (export != null) {
          export.write(line);
        }
      }
      if (day != null) {
        hashes.add(new DayHash(view.viewName(), day, count, hex(digest)));
      }
    } finally {
      if (export != null) {
        export.close();
      }
    }
    return hashes;
  }

  private OutputStream create(Path file) throws IOException {
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return fs.create(file, true);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
