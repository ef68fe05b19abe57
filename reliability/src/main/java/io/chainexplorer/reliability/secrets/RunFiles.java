package io.chainexplorer.reliability.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The log and configuration files a run's processes wrote under its data directory: every {@code
 * .log}, {@code .out} or {@code .err} file (rolled ones too) and every {@code .properties} or
 * {@code .args} file, but not Kafka's segment files, which are topic data.
 */
public final class RunFiles {

  private static final Pattern WRITTEN =
      Pattern.compile(".*\\.(log|out|err)(\\.[^/]*)?|.*\\.(properties|args)");
  private static final Pattern KAFKA_SEGMENT = Pattern.compile("\\d{20}\\.log");

  private RunFiles() {}

  /**
   * The log and configuration files under {@code dataDir}, leaving out the folders in {@code
   * except} (a cold store, scanned as data).
   *
   * @throws IOException when the directory cannot be walked
   */
  public static List<Path> under(Path dataDir, List<Path> except) throws IOException {
    try (Stream<Path> all = Files.walk(dataDir)) {
      return all.filter(Files::isRegularFile)
          .filter(file -> except.stream().noneMatch(file::startsWith))
          .filter(RunFiles::written)
          .sorted()
          .toList();
    }
  }

  /** Whether a file name is a process's log or configuration rather than a store's data. */
  static boolean written(Path file) {
    String name = file.getFileName().toString();
    return WRITTEN.matcher(name).matches() && !KAFKA_SEGMENT.matcher(name).matches();
  }
}
