package io.chainexplorer.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the repository root, where the Node tools and the built embedded servers live.
 *
 * <p>The build passes {@code chainexplorer.root}; the launcher script passes {@code
 * CHAIN_EXPLORER_HOME}; otherwise the working directory and its parents are searched for {@code
 * mvnw}.
 */
public final class ProjectPaths {

  public static final String ROOT_PROPERTY = "chainexplorer.root";
  public static final String ROOT_ENV = "CHAIN_EXPLORER_HOME";

  private ProjectPaths() {}

  /** The repository root. */
  public static Path root() {
    String configured = System.getProperty(ROOT_PROPERTY, System.getenv(ROOT_ENV));
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("embedded"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the chain-explorer checkout: set -D"
            + ROOT_PROPERTY
            + " or "
            + ROOT_ENV
            + " to the repository root");
  }

  /** A file under the root that a previous build or install step must have produced. */
  public static Path required(String relative, String howToMakeIt) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalStateException(path + " is missing: " + howToMakeIt);
    }
    return path;
  }
}
