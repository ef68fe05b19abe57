package io.chainexplorer.enricher.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.topology.PinnedTopology;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code topology.describe()}: a change of node, store or internal topic names breaks the
 * state and repartition topics of a running deployment, so it must be a deliberate one.
 */
class TopologyDescriptionTest {

  static final String EXPECTED = "io/chainexplorer/enricher/topology/topology-description.txt";

  @Test
  void shouldDescribeTheTopologyExactlyAsPinned() throws IOException {
    String actual = describe();
    String expected = PinnedTopology.pinned("tx-enricher", EXPECTED, actual);

    assertThat(actual)
        .as(
            "topology.describe() differs from %s. If the change is deliberate (and the deployment"
                + " plan covers renamed stores and internal topics), regenerate it with %s",
            EXPECTED, PinnedTopology.regenerateCommand("tx-enricher"))
        .isEqualTo(expected);
  }

  @Test
  void shouldNameEveryNodeStoreAndInternalTopic() {
    assertThat(describe()).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
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
    try (EnricherSerdes serdes =
        EnricherSerdes.of(Map.of("schema.registry.url", "mock://enricher-description-test"))) {
      return EnricherTopology.build(
              EnricherSettings.defaults(new SimpleMeterRegistry()),
              TopicCatalogue.forChain("eth-test"),
              serdes)
          .describe()
          .toString();
    }
  }
}
