package io.chainexplorer.batchserving.parquet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Reads {@code <out>/<view>/_content_hashes.tsv}: {@code view, date, rows, sha256} per line. */
public final class ContentHashes {

  public static final String FILE = "_content_hashes.tsv";

  private ContentHashes() {}

  /** The view's day hashes in file order; empty when the view was not written. */
  public static List<DayHash> read(Path outputDir, String view, Configuration hadoop)
      throws IOException {
    Path file = new Path(new Path(outputDir, view), FILE);
    FileSystem fs = file.getFileSystem(hadoop);
    List<DayHash> hashes = new ArrayList<>();
    if (!fs.exists(file)) {
      return hashes;
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 4 || !fields[0].equals(view)) {
          throw new IOException(file + " line " + number + " is not a hash line of " + view);
        }
        hashes.add(new DayHash(fields[0], fields[1], Long.parseLong(fields[2]), fields[3]));
      }
    }
    return hashes;
  }
}
