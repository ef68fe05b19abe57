package io.chainexplorer.decoder.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.topology.PinnedTopology;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the decoder's {@code topology.describe()} and the names it must give. */
class TopologyDescriptionTest {

  static final String EXPECTED = "io/chainexplorer/decoder/topology/topology-description.txt";

  @Test
  void shouldDescribeTheTopologyExactlyAsPinned() throws IOException {
    PinnedTopology.assertPinned("contract-decoder", EXPECTED, describe());
  }

  @Test
  void shouldNameEveryNodeStoreAndInternalTopic() {
    String description = describe();

    PinnedTopology.assertEveryNodeNamed(description);
    assertThat(description)
        .contains("transactions-by-contract", "logs-by-contract", "proxy-targets")
        .contains("security-tokens", "user-abis", "security-token-activity-by-hour");
  }

  private static String describe() {
    try (TopicSerdes serdes = TopicSerdes.of(Map.of("schema.registry.url", "mock://describe"))) {
      return DecoderTopology.build(
              new DecoderSettings(new SimpleMeterRegistry(), Clock.systemUTC()),
              TopicCatalogue.forChain("eth-test"),
              serdes)
          .describe()
          .toString();
    }
  }
}
