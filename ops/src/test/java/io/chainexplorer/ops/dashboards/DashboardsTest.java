package io.chainexplorer.ops.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dashboards are well-formed Grafana JSON that the provisioning can load as they are. */
class DashboardsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path root = ProjectPaths.root();
  private final List<Dashboard> dashboards = Dashboard.loadAll(root);

  @Test
  void shouldProvideOneDashboardPerConcernWhenLoaded() {
    assertThat(dashboards)
        .extracting(Dashboard::title)
        .contains(
            "chain-explorer / Ingestion",
            "chain-explorer / API keys",
            "chain-explorer / Kafka",
            "chain-explorer / Sinks",
            "chain-explorer / JVM");
    assertThat(dashboards).extracting(Dashboard::uid).doesNotHaveDuplicates().doesNotContain("");
  }

  @Test
  void shouldGiveEveryPanelAnIdUniqueInItsDashboard() {
    for (Dashboard dashboard : dashboards) {
      List<Integer> ids = dashboard.panels().stream().map(p -> p.path("id").asInt(-1)).toList();
      assertThat(ids).as(dashboard.title()).doesNotHaveDuplicates().doesNotContain(-1, 0);
    }
  }

  @Test
  void shouldQueryInEveryPanelThatIsNotARow() {
    for (Dashboard dashboard : dashboards) {
      for (JsonNode panel : dashboard.panels()) {
        if (!"row".equals(panel.path("type").asText())) {
          assertThat(panel.path("targets").findValuesAsText("expr"))
              .as(dashboard.title() + " / " + panel.path("title").asText())
              .isNotEmpty()
              .allSatisfy(expr -> assertThat(expr).isNotBlank());
        }
      }
    }
  }

  @Test
  void shouldNameOnlyDatasourcesTheProvisioningDeclares() throws IOException {
    Set<String> declared = provisionedDatasourceUids();

    assertThat(declared).isNotEmpty();
    for (Dashboard dashboard : dashboards) {
      assertThat(dashboard.datasourceUids()).as(dashboard.title()).isNotEmpty();
      assertThat(declared).as(dashboard.title()).containsAll(dashboard.datasourceUids());
    }
  }

  @Test
  void shouldReferenceOnlyTemplateVariablesTheDashboardDeclares() {
    List<String> unknown = new ArrayList<>();
    for (Dashboard dashboard : dashboards) {
      Set<String> known = new HashSet<>(dashboard.variables());
      known.addAll(GrafanaQueries.GLOBALS.keySet());
      for (PanelQuery query : dashboard.queries()) {
        for (String variable : GrafanaQueries.referencedVariables(query.expr())) {
          if (!known.contains(variable)) {
            unknown.add("$" + variable + " in " + query);
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void shouldLoadTheDashboardsFolderFromTheFileProvider() throws IOException {
    JsonNode providers = readYaml(root.resolve("grafana/provisioning/dashboards")).get(0);

    assertThat(providers.path("providers").findValuesAsText("type")).containsOnly("file");
    assertThat(providers.path("providers").findValuesAsText("path")).isNotEmpty();
  }

  private Set<String> provisionedDatasourceUids() throws IOException {
    Set<String> uids = new HashSet<>();
    for (JsonNode file : readYaml(root.resolve("grafana/provisioning/datasources"))) {
      file.path("datasources").forEach(ds -> uids.add(ds.path("uid").asText()));
    }
    uids.remove("");
    return uids;
  }

  private static List<JsonNode> readYaml(Path folder) throws IOException {
    List<JsonNode> files = new ArrayList<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path file : paths.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        files.add(YAML.readTree(file.toFile()));
      }
    }
    return files;
  }
}
