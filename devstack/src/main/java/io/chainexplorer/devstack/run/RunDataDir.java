package io.chainexplorer.devstack.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The data directory of a {@code run}, kept between runs so that the next one resumes (Kafka's
 * logs, Cassandra's tables, anvil's chain, the registry's schemas) and emptied only on request.
 * Only a directory that a run created (it holds a marker file) is ever used or emptied.
 */
final class RunDataDir {

  static final String MARKER = ".chain-explorer-run";

  private RunDataDir() {}

  /**
   * Creates the directory, or reuses (with {@code fresh}: empties) one an earlier run created.
   *
   * @throws IllegalArgumentException when the directory exists, is not empty and is not a run's
   */
  static Path prepare(Path dir, boolean fresh) {
    Path absolute = dir.toAbsolutePath().normalize();
    try {
      if (Files.isDirectory(absolute) && !isEmpty(absolute)) {
        if (!Files.exists(absolute.resolve(MARKER))) {
          throw new IllegalArgumentException(
              absolute + " is not empty and was not created by chain-explorer run: refusing it");
        }
        if (fresh) {
          deleteContents(absolute);
        }
      }
      Files.createDirectories(absolute);
      Files.writeString(
          absolute.resolve(MARKER),
          "data of chain-explorer run; resumed by the next run, emptied by run --fresh\n");
      return absolute;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the data directory " + absolute, e);
    }
  }

  /** True when an earlier run keeps data in the directory (anything beside its marker). */
  static boolean holdsEarlierRun(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (!Files.exists(absolute.resolve(MARKER))) {
      return false;
    }
    try (Stream<Path> entries = Files.list(absolute)) {
      return entries.anyMatch(entry -> !entry.getFileName().toString().equals(MARKER));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the data directory " + absolute, e);
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
