package io.chainexplorer.batch.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FileStatus;
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

  /**
   * Writes {@code rows} of {@code view}, the rows of the days {@code replaced} accepts (every day
   * when {@code everything}), keeping the other days' partitions and hashes; returns the hashes of
   * the days written, in day order.
   */
  List<DayHash> write(
      BatchView view,
      Dataset<Row> rows,
      String outputDir,
      String exportDir,
      Predicate<String> replaced,
      boolean everything)
      throws IOException {
    Path directory = new Path(outputDir, view.viewName());
    Column[] key = view.key().stream().map(c -> col(c)).toArray(Column[]::new);
    if (view.daily()) {
      writeByDay(rows, directory, key, replaced, everything);
    } else {
      rows.coalesce(1)
          .sortWithinPartitions(key)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(directory.toString());
    }
    List<DayHash> hashes = hashAndExport(view, rows.orderBy(key), exportDir);
    List<String> lines = new ArrayList<>();
    if (view.daily() && !everything) {
      kept(new Path(directory, HASHES), replaced).forEach(lines::add);
    }
    hashes.forEach(hash -> lines.add(hash.line()));
    // Sorted by day: the second column; the view column is the same on every line.
    lines.sort(Comparator.comparing(line -> line.split("\t")[1]));
    try (OutputStream out = create(new Path(directory, HASHES))) {
      for (String line : lines) {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return hashes;
  }

  /**
   * Writes {@code rows} under {@code directory} by {@code date=} partition: the partitions of the
   * days {@code replaced} accepts are deleted first, the others kept (all replaced when {@code
   * everything}).
   */
  void writeByDay(
      Dataset<Row> rows,
      Path directory,
      Column[] key,
      Predicate<String> replaced,
      boolean everything)
      throws IOException {
    SaveMode mode = SaveMode.Overwrite;
    FileSystem fs = directory.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!everything && fs.exists(directory)) {
      for (FileStatus day : fs.listStatus(directory)) {
        String name = day.getPath().getName();
        if (day.isDirectory() && name.startsWith("date=") && replaced.test(name.substring(5))) {
          fs.delete(day.getPath(), true);
        }
      }
      mode = SaveMode.Append;
    }
    rows.repartition(col("date"))
        .sortWithinPartitions(key)
        .write()
        .mode(mode)
        .partitionBy("date")
        .parquet(directory.toString());
  }

  /** The lines of the hash file {@code file} whose day {@code replaced} does not accept. */
  private List<String> kept(Path file, Predicate<String> replaced) throws IOException {
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    List<String> lines = new ArrayList<>();
    if (!fs.exists(file)) {
      return lines;
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t");
        if (fields.length == 4 && !replaced.test(fields[1])) {
          lines.add(line);
        }
      }
    }
    return lines;
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
