package io.chainexplorer.schemaguard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the last released schema tree: the highest {@code x.y.z} folder under a releases root. */
public final class ReleasedBaseline {

  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

  private ReleasedBaseline() {}

  /**
   * The directory to compare against: {@code dir} itself when it holds schemas directly, else its
   * highest-versioned sub-folder.
   *
   * @throws IllegalArgumentException when {@code dir} holds neither
   */
  public static Path resolve(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("released schemas not found: " + dir);
    }
    if (holdsSchemas(dir)) {
      return dir;
    }
    return latestVersion(dir)
        .orElseThrow(
            () -> new IllegalArgumentException("no .avsc nor x.y.z release folder in " + dir));
  }

  private static boolean holdsSchemas(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".avsc"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static Optional<Path> latestVersion(Path dir) {
    try (Stream<Path> folders = Files.list(dir)) {
      return folders
          .filter(Files::isDirectory)
          .filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
          .max(Comparator.comparing(p -> p.getFileName().toString(), ReleasedBaseline::compare));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static int compare(String left, String right) {
    String[] a = left.split("\\.");
    String[] b = right.split("\\.");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      long x = i < a.length ? Long.parseLong(a[i]) : 0;
      long y = i < b.length ? Long.parseLong(b[i]) : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    return 0;
  }
}
