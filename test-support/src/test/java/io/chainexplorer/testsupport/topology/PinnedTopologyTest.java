package io.chainexplorer.testsupport.topology;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PinnedTopologyTest {

  private static final String RESOURCE = "io/chainexplorer/testsupport/topology/pinned-example.txt";

  @Test
  void shouldPassWhenTheDescriptionIsThePinnedOne() throws Exception {
    String pinned =
        Files.readString(
            Path.of(
                System.getProperty("chainexplorer.root", ".."),
                "test-support/src/test/resources",
                RESOURCE),
            StandardCharsets.UTF_8);

    assertThatCode(() -> PinnedTopology.assertPinned("test-support", RESOURCE, pinned))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldNameTheRegenerateCommandWhenTheDescriptionDiffers() {
    assertThatThrownBy(() -> PinnedTopology.assertPinned("test-support", RESOURCE, "Topologies:\n"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(RESOURCE)
        .hasMessageContaining(PinnedTopology.regenerateCommand("test-support"));
  }

  @Test
  void shouldRejectAGeneratedNodeName() {
    assertThatCode(() -> PinnedTopology.assertEveryNodeNamed("Source: read-blocks"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PinnedTopology.assertEveryNodeNamed("Processor: KSTREAM-MAP-0000003"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("KSTREAM-");
    assertThatThrownBy(() -> PinnedTopology.assertEveryNodeNamed("Sink: KTABLE-SINK-0000009"))
        .hasMessageContaining("KTABLE-");
  }
}
