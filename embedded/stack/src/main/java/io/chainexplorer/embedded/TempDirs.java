package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Temporary working directories of embedded components. */
final class TempDirs {

  private static final Logger LOG = LoggerFactory.getLogger(TempDirs.class);

  private TempDirs() {}

  /** A new directory under the system temporary directory, named after the component. */
  static Path create(String component) {
    try {
      return Files.createTempDirectory("chain-explorer-" + component + "-")
          .toAbsolutePath()
          .normalize();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for " + component, e);
    }
  }

  /** Deletes the tree; what cannot be deleted is logged, not thrown, as this runs at cleanup. */
  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(TempDirs::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot delete {}: {}", dir, e.getMessage());
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", path, e.getMessage());
    }
  }
}
