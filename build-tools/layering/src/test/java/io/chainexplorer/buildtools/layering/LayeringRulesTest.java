package io.chainexplorer.buildtools.layering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's layering and habit rules, run by Checkstyle exactly as the build runs them, on small
 * sources that break or keep each rule.
 */
class LayeringRulesTest {

  @TempDir Path sources;

  @Test
  void shouldRejectAnAppImportingAnotherApp() throws Exception {
    assertThat(
            violations("poller/publish/Publisher.java", importing("io.chainexplorer.enricher.X")))
        .singleElement(STRING)
        .contains("Disallowed import - io.chainexplorer.enricher.X", "[ImportControl]");
    assertThat(violations("decoder/abi/Codec.java", importing("io.chainexplorer.poller.X")))
        .singleElement(STRING)
        .contains("[ImportControl]");
  }

  @Test
  void shouldLetAnAppImportTheSharedModulesAndItself() throws Exception {
    assertThat(
            violations(
                "enricher/topology/Topology.java",
                importing(
                    "io.chainexplorer.enricher.mapping.X",
                    "io.chainexplorer.schemas.topics.TopicCatalogue",
                    "io.chainexplorer.platform.config.ServiceConfig",
                    "io.chainexplorer.avro.Block",
                    "org.apache.kafka.streams.Topology")))
        .isEmpty();
  }

  @Test
  void shouldRejectTheKeyPoolOrTheRpcClientReadingTheAppsConfiguration() throws Exception {
    assertThat(violations("poller/keys/Pool.java", importing("io.chainexplorer.poller.config.X")))
        .singleElement(STRING)
        .contains("[ImportControl]");
    assertThat(violations("poller/rpc/Client.java", importing("io.chainexplorer.poller.config.X")))
        .singleElement(STRING)
        .contains("[ImportControl]");
    assertThat(
            violations("poller/publish/Wiring.java", importing("io.chainexplorer.poller.config.X")))
        .isEmpty();
  }

  @Test
  void shouldKeepTheDevelopmentStackToTheHarnessModules() throws Exception {
    String devstack = "io.chainexplorer.devstack.run.EmbeddedPipeline";
    assertThat(violations("cli/poll/PollCommand.java", importing(devstack)))
        .singleElement(STRING)
        .contains("[ImportControl]");
    assertThat(violations("poller/PollerApp.java", importing(devstack))).hasSize(1);
    assertThat(violations("reliability/chaos/Chaos.java", importing(devstack))).isEmpty();
    assertThat(violations("bench/e2e/Bench.java", importing(devstack))).isEmpty();
    assertThat(violations("ops/stack/Stack.java", importing(devstack))).isEmpty();
  }

  @Test
  void shouldKeepTheSharedBaseFreeOfServicesAndTheConnectorsApart() throws Exception {
    assertThat(violations("schemas/topics/T.java", importing("io.chainexplorer.decoder.X")))
        .hasSize(1);
    assertThat(violations("schemas/topics/S.java", importing("io.chainexplorer.platform.X")))
        .hasSize(1);
    assertThat(violations("platform/config/C.java", importing("io.chainexplorer.poller.X")))
        .hasSize(1);
    assertThat(violations("platform/streams/P.java", importing("io.chainexplorer.schemas.X")))
        .isEmpty();
    assertThat(violations("sink/scylla/S.java", importing("io.chainexplorer.sink.hdfs.X")))
        .hasSize(1);
    assertThat(violations("sink/hdfs/H.java", importing("io.chainexplorer.enricher.X"))).hasSize(1);
  }

  @Test
  void shouldKeepTheBatchLayerApartFromEveryOtherModule() throws Exception {
    assertThat(violations("cli/batch/BatchCommand.java", importing("io.chainexplorer.batch.X")))
        .singleElement(STRING)
        .contains("[ImportControl]");
    assertThat(violations("bench/batch/B.java", importing("io.chainexplorer.batch.X"))).hasSize(1);
    assertThat(violations("batch/views/V.java", importing("io.chainexplorer.platform.X")))
        .hasSize(1);
    assertThat(
            violations(
                "batch/views/V.java",
                importing("io.chainexplorer.batch.input.Inputs", "io.chainexplorer.avro.Block")))
        .isEmpty();
  }

  @Test
  void shouldKeepTheBatchServingSideOffSparkAndOpenToTheCommandLine() throws Exception {
    assertThat(violations("batchserving/load/L.java", importing("io.chainexplorer.batch.job.X")))
        .singleElement(STRING)
        .contains("[ImportControl]");
    assertThat(violations("batchserving/load/L.java", importing("io.chainexplorer.platform.X")))
        .hasSize(1);
    assertThat(
            violations(
                "batchserving/reconcile/R.java",
                importing(
                    "io.chainexplorer.batchserving.view.ViewTable",
                    "io.chainexplorer.sink.scylla.cql.SchemaMigrator")))
        .isEmpty();
    assertThat(violations("cli/batch/Load.java", importing("io.chainexplorer.batchserving.X")))
        .isEmpty();
  }

  @Test
  void shouldKeepTheApiApartFromEveryOtherModule() throws Exception {
    assertThat(violations("cli/api/ApiCommand.java", importing("io.chainexplorer.api.X")))
        .singleElement(STRING)
        .contains("[ImportControl]");
    assertThat(violations("devstack/run/R.java", importing("io.chainexplorer.api.X"))).hasSize(1);
    assertThat(violations("api/http/H.java", importing("io.chainexplorer.poller.X"))).hasSize(1);
    // Its lambda-query ITs load batch tables with the batch loader; Spark's module stays out.
    assertThat(
            violations(
                "api/LambdaQueryIT.java",
                importing("io.chainexplorer.batchserving.load.BatchLoader")))
        .isEmpty();
    assertThat(violations("api/LambdaQueryIT.java", importing("io.chainexplorer.batch.job.X")))
        .hasSize(1);
    assertThat(
            violations(
                "api/http/H.java",
                importing("io.chainexplorer.api.store.Page", "io.chainexplorer.platform.X")))
        .isEmpty();
  }

  @Test
  void shouldKeepTheSharedCqlEndpointFreeOfOurModules() throws Exception {
    assertThat(violations("cql/CqlSessions.java", importing("io.chainexplorer.schemas.X")))
        .singleElement(STRING)
        .contains("[ImportControl]");
    assertThat(violations("sink/scylla/cql/S.java", importing("io.chainexplorer.cql.CqlEndpoint")))
        .isEmpty();
  }

  @Test
  void shouldKeepEveryOtherPomOffTheApisArtifact() throws Exception {
    // Javalin's Jetty 12.1 would replace the 12.0 Kafka Connect is built and tested with.
    assertThat(dependents("api", "chain-explorer-api")).isEmpty();
  }

  private static List<Path> dependents(String module, String artifact) throws IOException {
    Path root = BuildCheckstyle.root();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.getFileName().toString().equals("pom.xml"))
          .filter(file -> !file.equals(root.resolve("pom.xml")))
          .filter(file -> !file.equals(root.resolve(module + "/pom.xml")))
          .filter(file -> !file.toString().contains("/target/"))
          .filter(file -> !file.toString().contains("/node_modules/"))
          .filter(file -> declares(file, "<artifactId>" + artifact + "</artifactId>"))
          .toList();
    }
  }

  private static boolean declares(Path pom, String text) {
    try {
      return Files.readString(pom).contains(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void shouldKeepEveryOtherPomOffTheBatchLayersArtifact() throws Exception {
    Path root = BuildCheckstyle.root();
    List<Path> dependents;
    try (Stream<Path> files = Files.walk(root)) {
      dependents =
          files
              .filter(file -> file.getFileName().toString().equals("pom.xml"))
              .filter(file -> !file.equals(root.resolve("pom.xml")))
              .filter(file -> !file.equals(root.resolve("batch/pom.xml")))
              .filter(file -> !file.toString().contains("/target/"))
              .filter(file -> !file.toString().contains("/node_modules/"))
              .filter(LayeringRulesTest::dependsOnBatch)
              .toList();
    }
    // Spark's Netty 4.2 would replace the 4.1 the rest of the project is built and tested with.
    assertThat(dependents).isEmpty();
  }

  private static boolean dependsOnBatch(Path pom) {
    try {
      return Files.readString(pom).contains("<artifactId>chain-explorer-batch</artifactId>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void shouldSpeakWeb3jOnlyBehindTheAntiCorruptionLayer() throws Exception {
    assertThat(violations("decoder/topology/T.java", importing("org.web3j.abi.TypeDecoder")))
        .singleElement(STRING)
        .contains("[IllegalImport]");
    assertThat(violations("decoder/abi/A.java", importing("org.web3j.abi.TypeDecoder"))).isEmpty();
  }

  @Test
  void shouldRejectResilience4jInternals() throws Exception {
    assertThat(
            violations(
                "poller/keys/K.java",
                importing("io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter")))
        .singleElement(STRING)
        .contains("[ImportControl]");
  }

  @Test
  void shouldRejectCatchingNullPointerException() throws Exception {
    String body =
        "  int f(Object o) {\n"
            + "    try {\n"
            + "      return o.hashCode();\n"
            + "    } catch (NullPointerException e) {\n"
            + "      return 0;\n"
            + "    }\n"
            + "  }\n";
    assertThat(violations("sink/scylla/M.java", List.of(), body))
        .singleElement(STRING)
        .contains("[IllegalCatch]");
  }

  @Test
  void shouldCapFilesAtThreeHundredLines() throws Exception {
    String longBody = "  // a line\n".repeat(300);
    assertThat(violations("enricher/Big.java", List.of(), longBody))
        .singleElement(STRING)
        .contains("[FileLength]");
    assertThat(violations("enricher/Small.java", List.of(), "  // a line\n".repeat(280))).isEmpty();
  }

  private static List<String> importing(String... imports) {
    return List.of(imports);
  }

  private List<String> violations(String relativePath, List<String> imports) throws Exception {
    return violations(relativePath, imports, "");
  }

  /** Writes {@code io/chainexplorer/<relativePath>} under src/main/java and checks it. */
  private List<String> violations(String relativePath, List<String> imports, String body)
      throws Exception {
    Path file = sources.resolve("src/main/java/io/chainexplorer").resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source(relativePath, imports, body));
    return BuildCheckstyle.check(file);
  }

  private static String source(String relativePath, List<String> imports, String body) {
    String dotted = relativePath.replace('/', '.');
    String className = dotted.substring(dotted.lastIndexOf('.', dotted.length() - 6) + 1);
    className = className.substring(0, className.length() - ".java".length());
    String packageName =
        "io.chainexplorer." + dotted.substring(0, dotted.length() - className.length() - 6);
    StringBuilder text = new StringBuilder("package ").append(packageName).append(";\n\n");
    imports.forEach(name -> text.append("import ").append(name).append(";\n"));
    text.append("\n/** A fixture. */\npublic final class ").append(className).append(" {\n");
    return text.append(body).append("}\n").toString();
  }
}
