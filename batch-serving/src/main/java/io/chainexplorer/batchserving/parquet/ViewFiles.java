package io.chainexplorer.batchserving.parquet;

import io.chainexplorer.batchserving.view.ViewTable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * The rows of one view as the batch job wrote them under {@code <out>/<view>/}: a daily view's
 * {@code date=YYYY-MM-DD/*.parquet} (the day comes from the directory: Spark does not repeat a
 * partition column in the files), a whole view's {@code *.parquet}. Hidden and {@code _} files are
 * never read.
 */
public final class ViewFiles {

  /** The day key of a view that is not daily, as in {@code _content_hashes.tsv}. */
  public static final String WHOLE = "all";

  private final Path outputDir;
  private final Configuration hadoop;

  public ViewFiles(String outputDir, Configuration hadoop) {
    this.outputDir = new Path(outputDir);
    this.hadoop = hadoop;
  }

  /** The batch output directory these files are under. */
  public Path outputDir() {
    return outputDir;
  }

  /** The rows of {@code view} on {@code day} ({@link #WHOLE} for a view that is not daily). */
  public List<Map<String, Object>> rows(ViewTable view, String day) throws IOException {
    Path directory = new Path(outputDir, view.view());
    if (view.daily()) {
      directory = new Path(directory, ViewTable.DATE + "=" + day);
    }
    FileSystem fs = directory.getFileSystem(hadoop);
    List<Map<String, Object>> rows = new ArrayList<>();
    if (!fs.exists(directory)) {
      return rows;
    }
    FileStatus[] files = fs.listStatus(directory, path -> isData(path.getName()));
    Arrays.sort(files, Comparator.comparing(status -> status.getPath().getName()));
    for (FileStatus file : files) {
      read(file.getPath(), view.daily() ? LocalDate.parse(day) : null, rows);
    }
    return rows;
  }

  private void read(Path file, LocalDate day, List<Map<String, Object>> rows) throws IOException {
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), file).withConf(hadoop).build()) {
      for (Group group = reader.read(); group != null; group = reader.read()) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (day != null) {
          row.put(ViewTable.DATE, day);
        }
        int fields = group.getType().getFieldCount();
        for (int field = 0; field < fields; field++) {
          row.put(group.getType().getFieldName(field), ParquetValues.value(group, field));
        }
        rows.add(row);
      }
    }
  }

  private static boolean isData(String name) {
    return name.endsWith(".parquet") && !name.startsWith("_") && !name.startsWith(".");
  }
}
