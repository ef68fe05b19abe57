package io.chainexplorer.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The data directory of a {@code run}, emptied at each start: anvil and the in-memory registry
 * start fresh, so Kafka and Cassandra data of an earlier run would point at blocks and schema ids
 * that no longer exist. Only a directory that a run created (it holds a marker file) is ever
 * emptied.
 */
final class RunDataDir {

  static final String MARKER = ".chain-explorer-run";

  private RunDataDir() {}

  /**
   * Creates the directory, or empties one an earlier run created.
   *
   * @throws IllegalArgumentException when the directory exists, is not empty and is not a run's
   */
  static Path prepare(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    try {
      if (Files.isDirectory(absolute) && !isEmpty(absolute)) {
        if (!Files.exists(absolute.resolve(MARKER))) {
          throw new IllegalArgumentException(
              absolute
                  + " is not empty and was not created by chain-explorer run: refusing to wipe it");
        }
        deleteContents(absolute);
      }
      Files.createDirectories(absolute);
      Files.writeString(
          absolute.resolve(MARKER), "data of chain-explorer run; emptied at each start\n");
      return absolute;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the data directory " + absolute, e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteContents(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(dir)) {
          Files.delete(path);
        }
      }
    }
  }
}
