package io.chainexplorer.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownSectionsTest {

  private static final String DOC = "a\n<!-- x:start -->\nold\n<!-- x:end -->\nb\n";

  @Test
  void shouldExtractTheTextBetweenMarkers() {
    assertThat(MarkdownSections.extract(DOC, "x")).hasValue("old");
    assertThat(MarkdownSections.extract(DOC, "y")).isEmpty();
  }

  @Test
  void shouldReplaceOnlyTheRegion() {
    assertThat(MarkdownSections.replace(DOC, "x", "new\n"))
        .isEqualTo("a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb\n");
  }

  @Test
  void shouldRejectReplaceWhenTheEndMarkerComesFirst() {
    String reversed = "<!-- x:end -->\n<!-- x:start -->\n";

    assertThat(MarkdownSections.has(reversed, "x")).isFalse();
    assertThatThrownBy(() -> MarkdownSections.replace(reversed, "x", "new"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<!-- x:start -->");
  }
}
