package io.chainexplorer.testsupport.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pinned {@code topology.describe()} text of a module, kept in its {@code src/test/resources};
 * rewritten from the actual description first when {@code
 * -Dchainexplorer.regenerate.topology=true}.
 */
public final class PinnedTopology {

  public static final String REGENERATE = "chainexplorer.regenerate.topology";

  private PinnedTopology() {}

  /** The pinned description of {@code module} at {@code resource}, regenerated when asked. */
  public static String pinned(String module, String resource, String actual) throws IOException {
    Path pinned =
        Path.of(
            System.getProperty("chainexplorer.root", ".."), module, "src/test/resources", resource);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(pinned, actual, StandardCharsets.UTF_8);
    }
    return Files.readString(pinned, StandardCharsets.UTF_8);
  }

  /** The command that regenerates the pinned description of {@code module}. */
  public static String regenerateCommand(String module) {
    return "./mvnw -pl "
        + module
        + " test -Dtest=TopologyDescriptionTest -D"
        + REGENERATE
        + "=true";
  }
}
