package io.chainexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production image's classpath (this module's runtime dependencies, what the app image copies
 * as {@code cli/target/lib}) carries no Kafka broker, no Connect runtime, no embedded stack and no
 * devnet: those belong to the development stack; nor Spark, which the batch layer's JVM has.
 */
class ProductionClasspathTest {

  /** Written by the build's {@code dependency:list} (runtime scope) before the tests run. */
  private static final Path LIST = Path.of("target", "runtime-classpath.txt");

  private static final Pattern ARTIFACT =
      Pattern.compile("(?m)^\\s+([\\w.-]+):([\\w.-]+):[\\w-]+:(?:[\\w-]+:)?[\\w.-]+:(\\w+)");

  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "org\\.apache\\.kafka:(kafka_2\\.13|kafka-server.*|connect-runtime)"
              + "|io\\.chainexplorer:chain-explorer-(embedded-stack|devnet|devstack|batch)"
              // Spark runs in the batch layer's own JVM (chain-explorer batch run launches it)
              + "|org\\.apache\\.spark:.*");

  @Test
  void shouldHoldNoBrokerConnectRuntimeOrDevnetWhenResolvedForProduction() throws IOException {
    List<String> artifacts = runtimeArtifacts();

    assertThat(artifacts)
        .as("the list is the real resolution")
        .contains("org.apache.kafka:kafka-clients", "info.picocli:picocli")
        .contains("io.chainexplorer:chain-explorer-block-poller");
    assertThat(artifacts)
        .as("runtime dependencies of the production CLI")
        .noneMatch(artifact -> FORBIDDEN.matcher(artifact).matches());
  }

  private static List<String> runtimeArtifacts() throws IOException {
    assertThat(LIST).as("written by dependency:list in generate-test-resources").exists();
    Matcher matcher = ARTIFACT.matcher(Files.readString(LIST));
    return matcher.results().map(result -> result.group(1) + ":" + result.group(2)).toList();
  }
}
