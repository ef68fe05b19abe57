package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSchemaRegistryTest {

  private final String configuredRoot = System.getProperty(ProjectPaths.ROOT_PROPERTY);

  @AfterEach
  void restoreRoot() {
    if (configuredRoot == null) {
      System.clearProperty(ProjectPaths.ROOT_PROPERTY);
    } else {
      System.setProperty(ProjectPaths.ROOT_PROPERTY, configuredRoot);
    }
  }

  @Test
  void shouldNameTheBuildCommandWhenTheRunnerJarIsMissing(@TempDir Path emptyCheckout) {
    System.setProperty(ProjectPaths.ROOT_PROPERTY, emptyCheckout.toString());

    assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(emptyCheckout))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema-registry-runner.jar is missing")
        .hasMessageContaining("./mvnw -B -pl embedded/schema-registry install");
  }
}
