package io.chainexplorer.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's generated regions match the definitions: change a ConfigDef, run `make docs`. */
class ReadmeUpToDateTest {

  private static final String HOW_TO_FIX =
      "README.md is stale: run `make docs` and commit README.md";

  @Test
  void shouldHaveTheGeneratedRegionsOfTheCurrentDefinitions() throws IOException {
    Path readme = Path.of(System.getProperty("chainexplorer.root"), "README.md");
    String document = Files.readString(readme, StandardCharsets.UTF_8);

    assertThat(MarkdownSections.has(document, ReadmeContent.CONFIG_REFERENCE))
        .as("README.md has the config-reference markers")
        .isTrue();
    for (Map.Entry<String, String> region :
        ReadmeContent.regions(ReadmeContent.README_CHAIN).entrySet()) {
      if (MarkdownSections.has(document, region.getKey())) {
        assertThat(MarkdownSections.extract(document, region.getKey()))
            .as(HOW_TO_FIX + " (region %s)", region.getKey())
            .hasValue(region.getValue().strip());
      }
    }
  }
}
