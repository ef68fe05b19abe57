package io.chainexplorer.schemaguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasedBaselineTest {

  @Test
  void shouldPickHighestVersionNumericallyWhenFolderHoldsReleases(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("0.9.0"));
    Files.createDirectories(dir.resolve("0.10.0"));
    Files.createDirectories(dir.resolve("notes"));

    assertThat(ReleasedBaseline.resolve(dir)).isEqualTo(dir.resolve("0.10.0"));
  }

  @Test
  void shouldUseFolderItselfWhenItHoldsSchemas(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("A.avsc"), "\"string\"");
    Files.createDirectories(dir.resolve("1.0.0"));

    assertThat(ReleasedBaseline.resolve(dir)).isEqualTo(dir);
  }

  @Test
  void shouldRejectFolderWithoutSchemasOrReleases(@TempDir Path dir) {
    assertThatThrownBy(() -> ReleasedBaseline.resolve(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no .avsc");
  }

  @Test
  void shouldFindTheCommittedBaseline() {
    assertThat(ReleasedBaseline.resolve(SchemasModule.RELEASED).getFileName()).hasToString("0.1.0");
  }
}
