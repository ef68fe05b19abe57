package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedAnvilTest {

  @Test
  void shouldTellToRunNpmCiWhenTheAnvilBinaryIsMissing(@TempDir Path checkoutWithoutNodeModules) {
    EmbeddedAnvil.Builder builder = EmbeddedAnvil.builder().projectRoot(checkoutWithoutNodeModules);

    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("node_modules/.bin/anvil is missing")
        .hasMessageContaining("npm ci");
  }

  @Test
  void shouldRejectBlockTimeWhenBelowOneSecond() {
    assertThatThrownBy(() -> EmbeddedAnvil.builder().blockTime(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 s");
  }
}
