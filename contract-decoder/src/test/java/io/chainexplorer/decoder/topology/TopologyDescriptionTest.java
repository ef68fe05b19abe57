package io.chainexplorer.decoder.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code topology.describe()}: a change of node, store or internal topic names breaks the
 * state and repartition topics of a running deployment, so it must be a deliberate one.
 */
class TopologyDescriptionTest {

  static final String EXPECTED = "io/chainexplorer/decoder/topology/topology-description.txt";
  static final String REGENERATE = "chainexplorer.regenerate.topology";

  @Test
  void shouldDescribeTheTopologyExactlyAsPinned() throws IOException {
    String actual = describe();
    Path pinned =
        Path.of(
            System.getProperty("chainexplorer.root", ".."),
            "contract-decoder/src/test/resources",
            EXPECTED);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(pinned, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(pinned, StandardCharsets.UTF_8);

    assertThat(actual)
        .as(
            "topology.describe() differs from %s. If the change is deliberate, regenerate it with"
                + " ./mvnw -pl contract-decoder test -Dtest=TopologyDescriptionTest -D%s=true",
            EXPECTED, REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void shouldNameEveryNodeStoreAndInternalTopic() {
    assertThat(describe())
        .doesNotContain("KSTREAM-")
        .doesNotContain("KTABLE-")
        .contains("transactions-by-contract", "logs-by-contract", "proxy-targets")
        .contains("security-tokens", "user-abis", "security-token-activity-by-hour");
  }

  private static String describe() {
    try (DecoderSerdes serdes =
        DecoderSerdes.of(Map.of("schema.registry.url", "mock://describe"))) {
      return DecoderTopology.build(
              new DecoderSettings(new SimpleMeterRegistry(), Clock.systemUTC()),
              TopicCatalogue.forChain("eth-test"),
              serdes)
          .describe()
          .toString();
    }
  }
}
