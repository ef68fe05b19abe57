package io.chainexplorer.testsupport.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

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

  /**
   * Asserts that {@code actual} is the pinned description of {@code module}: a change of node,
   * store or internal topic names breaks the state and repartition topics of a running deployment,
   * so it must be a deliberate one.
   */
  public static void assertPinned(String module, String resource, String actual)
      throws IOException {
    String expected = pinned(module, resource, actual);
    Assertions.assertEquals(
        expected,
        actual,
        () ->
            "topology.describe() differs from "
                + resource
                + ". If the change is deliberate (and the deployment plan covers renamed stores and"
                + " internal topics), regenerate it with "
                + regenerateCommand(module));
  }

  /** Asserts that no processor, store or internal topic of the description has a generated name. */
  public static void assertEveryNodeNamed(String description) {
    for (String generated : new String[] {"KSTREAM-", "KTABLE-"}) {
      Assertions.assertFalse(
          description.contains(generated),
          () -> "a node has a generated name (" + generated + "...): name it\n" + description);
    }
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
