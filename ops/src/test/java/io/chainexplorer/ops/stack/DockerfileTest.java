package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile builds from what the repository has: pinned base images, sources that exist,
 * the launcher's layout in the app image, the plugin path in the Connect image, and a build context
 * without outputs or secrets.
 */
class DockerfileTest {

  private static final Path ROOT = ProjectPaths.root();
  private static final Pattern IMAGE_ARG = Pattern.compile("(?m)^ARG\\s+\\w+_IMAGE=(\\S+)$");
  private static final Pattern LOCAL_COPY = Pattern.compile("(?m)^COPY\\s+(?!--from)(\\S+)\\s");
  private static final Pattern LAUNCHER_PATH =
      Pattern.compile("(?m)^cli_(?:jar|lib)=\"\\$CHAIN_EXPLORER_HOME/([^\"]+)\"$");

  private final String dockerfile = read("docker/Dockerfile");

  @Test
  void shouldPinEveryBaseImageWhenBuilding() {
    List<String> images = all(IMAGE_ARG, dockerfile);

    assertThat(images).as("build, app, connect and batch images").hasSize(4);
    assertThat(images).allSatisfy(image -> assertThat(image).containsPattern(":[0-9][^:]*$"));
    assertThat(dockerfile).doesNotContainPattern("(?m)^FROM\\s+[^$\\s]");
  }

  @Test
  void shouldCopyExistingSourcesWhenBuilding() {
    List<String> sources = all(LOCAL_COPY, dockerfile);

    assertThat(sources).contains("package.json", "docker/connect/jmx-exporter.yml");
    assertThat(sources).allSatisfy(source -> assertThat(ROOT.resolve(source)).exists());
  }

  @Test
  void shouldLayOutLauncherWhenAppImageRuns() {
    List<String> launcherPaths = all(LAUNCHER_PATH, read("bin/chain-explorer"));

    assertThat(launcherPaths)
        .containsExactly("cli/target/chain-explorer-cli.jar", "cli/target/lib");
    assertThat(dockerfile)
        .contains("/src/bin/chain-explorer /opt/chain-explorer/bin/chain-explorer")
        .contains("/src/cli/target/chain-explorer-cli.jar /opt/chain-explorer/cli/target/")
        .contains("/src/cli/target/lib/ /opt/chain-explorer/cli/target/lib/")
        .contains("ENTRYPOINT [\"/opt/chain-explorer/bin/chain-explorer\"]");
    assertThat(read("cli/pom.xml")).contains("<finalName>chain-explorer-cli</finalName>");
  }

  @Test
  void shouldLeaveTheDevelopmentStackOutOfTheAppImageWhenBuilding() {
    // run and devnet (broker, Connect runtime, devnet) come only with the devstack build
    assertThat(dockerfile)
        .contains("-pl cli,sinks/scylla-sink,sinks/hdfs-sink -am package")
        .doesNotContain("devstack");
    assertThat(read("bin/chain-explorer"))
        .contains(
            "devstack_jar=\"$CHAIN_EXPLORER_HOME/devstack/target/chain-explorer-devstack.jar\"")
        .contains("devstack_lib=\"$CHAIN_EXPLORER_HOME/devstack/target/lib\"");
    assertThat(read("devstack/pom.xml")).contains("<finalName>chain-explorer-devstack</finalName>");
  }

  @Test
  void shouldStartTheAppJvmWithTheVectorModuleWhenItsRuntimeHasIt() {
    // The image's entrypoint is the launcher: block verification's SIMD Keccak needs the module.
    assertThat(read("bin/chain-explorer"))
        .contains("vector_module=--add-modules=jdk.incubator.vector")
        .contains("\"$java\" \"$vector_module\" -version")
        .contains("exec \"$java\" $vector_module ${JAVA_OPTS:-}");
  }

  @Test
  void shouldLoadPluginsFromCopiedDirectoryWhenConnectStarts() {
    assertThat(dockerfile)
        .contains(
            "COPY --from=build /out/connect-plugins/ /usr/share/chain-explorer/connect-plugins/")
        .contains("CONNECT_PLUGIN_PATH=/usr/share/chain-explorer/connect-plugins")
        .contains("CONNECT_PLUGIN_DISCOVERY=service_load");
    for (String sink : List.of("scylla-sink", "hdfs-sink")) {
      assertThat(dockerfile)
          .contains("sinks/" + sink + "/target/connect-plugin/chain-explorer-" + sink);
      assertThat(ROOT.resolve("sinks/" + sink + "/src/main/resources/META-INF/services"))
          .isDirectory();
    }
  }

  @Test
  void shouldKeepOutputsAndSecretsOutOfContextWhenBuilding() {
    assertThat(read(".dockerignore").lines())
        .contains("**/target/", "node_modules/", ".env", "compose/secrets/");
  }

  private static List<String> all(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String read(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + relative, e);
    }
  }
}
