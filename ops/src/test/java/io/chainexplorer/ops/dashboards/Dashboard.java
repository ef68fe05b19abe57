package io.chainexplorer.ops.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Grafana dashboard file as the tests see it: its panels (those inside rows included), its
 * template variables, the datasource uids it names and every query it runs.
 */
record Dashboard(Path file, JsonNode json) {

  static final String FOLDER = "grafana/dashboards";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every {@code *.json} of {@code grafana/dashboards} under {@code root}, by file name. */
  static List<Dashboard> loadAll(Path root) {
    try (Stream<Path> files = Files.list(root.resolve(FOLDER))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(Dashboard::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root.resolve(FOLDER), e);
    }
  }

  /** Parses one file; invalid JSON fails with the file's name. */
  static Dashboard load(Path file) {
    try {
      return new Dashboard(file, JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(file.getFileName() + " is not valid JSON", e);
    }
  }

  String title() {
    return json.path("title").asText();
  }

  String uid() {
    return json.path("uid").asText();
  }

  /** Every panel, rows' nested panels included; the rows themselves too. */
  List<JsonNode> panels() {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode panel : json.path("panels")) {
      all.add(panel);
      panel.path("panels").forEach(all::add);
    }
    return all;
  }

  /** Names of the dashboard's template variables. */
  List<String> variables() {
    List<String> names = new ArrayList<>();
    json.path("templating").path("list").forEach(v -> names.add(v.path("name").asText()));
    return names;
  }

  /** Every datasource uid the dashboard names: on panels, on targets and on variables. */
  List<String> datasourceUids() {
    List<String> uids = new ArrayList<>();
    for (JsonNode panel : panels()) {
      addUid(uids, panel.path("datasource"));
      panel.path("targets").forEach(t -> addUid(uids, t.path("datasource")));
    }
    json.path("templating").path("list").forEach(v -> addUid(uids, v.path("datasource")));
    return uids;
  }

  /** Every panel target's expression and every query variable's values query. */
  List<PanelQuery> queries() {
    List<PanelQuery> queries = new ArrayList<>();
    for (JsonNode panel : panels()) {
      String name = "panel " + panel.path("id").asInt() + " '" + panel.path("title").asText() + "'";
      for (JsonNode target : panel.path("targets")) {
        queries.add(
            new PanelQuery(
                title(), name, target.path("refId").asText(), target.path("expr").asText()));
      }
    }
    for (JsonNode variable : json.path("templating").path("list")) {
      if ("query".equals(variable.path("type").asText())) {
        JsonNode query = variable.path("query");
        String expr = query.isObject() ? query.path("query").asText() : query.asText();
        queries.add(
            new PanelQuery(title(), "variable $" + variable.path("name").asText(), "", expr));
      }
    }
    return queries;
  }

  private static void addUid(List<String> uids, JsonNode datasource) {
    if (datasource.hasNonNull("uid")) {
      uids.add(datasource.path("uid").asText());
    }
  }
}
