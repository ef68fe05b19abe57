package io.chainexplorer.decoder.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.topology.PinnedTopology;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code topology.describe()}: a change of node, store or internal topic names breaks the
 * state and repartition topics of a running deployment, so it must be a deliberate one.
 */
class TopologyDescriptionTest {

  static final String EXPECTED = "io/chainexplorer/decoder/topology/topology-description.txt";

  @Test
  void shouldDescribeTheTopologyExactlyAsPinned() throws IOException {
    String actual = describe();
    String expected = PinnedTopology.pinned("contract-decoder", EXPECTED, actual);

    assertThat(actual)
        .as(
            "topology.describe() differs from %s. If the change is deliberate, regenerate it with"
                + " %s",
            EXPECTED, PinnedTopology.regenerateCommand("contract-decoder"))
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
