package io.chainexplorer.batch.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The committed files of an entity directory: named {@code
 * <topic>+<partition>+<startOffset>+<endOffset>.parquet} by the sink's one-rename commit. Files
 * being written ({@code _tmp/<topic>+<partition>/<uuid>.parquet}) or any other name are never read.
 */
public final class CommittedFiles {

  /** The sink's committed name; Kafka topic names cannot contain '+'. */
  public static final Pattern NAME = Pattern.compile("[^+/]+\\+\\d+\\+\\d+\\+\\d+\\.parquet");

  private CommittedFiles() {}

  /** The committed files under {@code directory}, sorted by path; none when it does not exist. */
  public static List<String> under(FileSystem fs, Path directory) {
    try {
      if (!fs.exists(directory)) {
        return List.of();
      }
      List<String> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> all = fs.listFiles(directory, true);
      while (all.hasNext()) {
        Path path = all.next().getPath();
        if (NAME.matcher(path.getName()).matches() && !hidden(directory, path)) {
          files.add(path.toString());
        }
      }
      files.sort(String::compareTo);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list cold-store directory " + directory, e);
    }
  }

  /**
   * Whether a directory between {@code root} and {@code file} is hidden ({@code _tmp}, {@code .x}).
   */
  private static boolean hidden(Path root, Path file) {
    String rootPath = root.toUri().getPath();
    for (Path parent = file.getParent(); parent != null; parent = parent.getParent()) {
      if (parent.toUri().getPath().equals(rootPath)) {
        return false;
      }
      String name = parent.getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
