package io.chainexplorer.enricher.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.topology.PinnedTopology;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the enricher's {@code topology.describe()} and where it reads its inputs. */
class TopologyDescriptionTest {

  static final String EXPECTED = "io/chainexplorer/enricher/topology/topology-description.txt";

  @Test
  void shouldDescribeTheTopologyExactlyAsPinned() throws IOException {
    PinnedTopology.assertPinned("tx-enricher", EXPECTED, describe());
  }

  @Test
  void shouldNameEveryNodeStoreAndInternalTopic() {
    PinnedTopology.assertEveryNodeNamed(describe());
  }

  @Test
  void shouldReadRawBlocksAndRetractionsInOneSubtopology() {
    String firstSubtopology = describe().split("Sub-topology: 1")[0];
    TopicCatalogue topics = TopicCatalogue.forChain("eth-test");

    assertThat(firstSubtopology)
        .contains(topics.rawBlocks().name())
        .contains(topics.blockRetractions().name())
        .contains("split-live-blocks");
  }

  private static String describe() {
    try (TopicSerdes serdes =
        TopicSerdes.of(Map.of("schema.registry.url", "mock://enricher-description-test"))) {
      return EnricherTopology.build(
              EnricherSettings.defaults(
                  new SimpleMeterRegistry(),
                  (topic, partition, offset) -> {
                    throw new UnsupportedOperationException("only described");
                  }),
              TopicCatalogue.forChain("eth-test"),
              serdes)
          .describe()
          .toString();
    }
  }
}
