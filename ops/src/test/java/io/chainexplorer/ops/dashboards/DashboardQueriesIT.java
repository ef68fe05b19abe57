package io.chainexplorer.ops.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query of every dashboard returns data from a real Prometheus scraping the running pipeline
 * every second: the dashboards chart metrics the services really export.
 */
class DashboardQueriesIT {

  /** Long enough for rates over {@code $__rate_interval} and a few blocks through every stage. */
  private static final Duration DATA_TIMEOUT = Duration.ofMinutes(3);

  private static final int REORG_DEPTH = 5;

  @TempDir static Path workDir;

  private static MonitoredPipeline pipeline;
  private static PrometheusServer prometheus;

  @BeforeAll
  static void start() {
    pipeline = MonitoredPipeline.start(workDir);
    prometheus = PrometheusServer.start(workDir, pipeline.metricsTargets());
  }

  @AfterAll
  static void stop() throws IOException {
    saveScrapes();
    if (prometheus != null) {
      prometheus.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void shouldReturnDataForEveryPanelQueryWhenPrometheusScrapesThePipeline() {
    List<PanelQuery> queries =
        Dashboard.loadAll(ProjectPaths.root()).stream().flatMap(d -> d.queries().stream()).toList();
    await("every scrape target up")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              assertThat(prometheus.activeTargets()).isEqualTo(pipeline.metricsTargets().size());
              assertThat(prometheus.targetsNotUp()).isEmpty();
            });

    await("blocks published")
        .atMost(DATA_TIMEOUT)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> hasData(prometheus.query("chainexplorer_poller_blocks_published_total > 5")));
    // the reorg panels and the sinks' retractions chart a real reorg, not only zeros
    pipeline.reorg(REORG_DEPTH);
    await("the reorg counted")
        .atMost(DATA_TIMEOUT)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> hasData(prometheus.query("sum(chainexplorer_poller_reorgs_total) > 0")));

    await("data for every panel")
        .atMost(DATA_TIMEOUT)
        .pollInterval(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(withoutData(queries))
                    .as("panels without data (scrapes and logs saved in target/dashboard-scrapes)")
                    .isEmpty());
  }

  /** The queries whose evaluation returns no sample, each with its evaluated PromQL. */
  private static List<String> withoutData(List<PanelQuery> queries) {
    List<String> empty = new ArrayList<>();
    for (PanelQuery query : queries) {
      String promQl = GrafanaQueries.toPromQl(query.expr());
      JsonNode data = prometheus.query(promQl);
      if (!hasData(data)) {
        empty.add(query + "\n    evaluated as: " + promQl);
      }
    }
    return empty;
  }

  private static boolean hasData(JsonNode data) {
    JsonNode result = data.path("result");
    return switch (data.path("resultType").asText()) {
      case "vector", "matrix" -> !result.isEmpty();
      default -> result.isArray() && result.size() == 2;
    };
  }

  /**
   * Keeps what each service served and logged, so that a panel without data can be traced to its
   * metric.
   */
  private static void saveScrapes() throws IOException {
    Path out = Files.createDirectories(Path.of("target", "dashboard-scrapes"));
    try (Stream<Path> logs = Files.list(workDir)) {
      for (Path log : logs.filter(f -> f.toString().endsWith(".log")).toList()) {
        Files.copy(log, out.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (pipeline == null) {
      return;
    }
    HttpClient http = HttpClient.newHttpClient();
    for (Map.Entry<String, String> target : pipeline.metricsTargets().entrySet()) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://" + target.getValue() + "/metrics")).build();
      try {
        Path file = out.resolve(target.getKey() + ".prom");
        http.send(
            request,
            HttpResponse.BodyHandlers.ofFile(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING));
      } catch (IOException e) {
        Files.writeString(out.resolve(target.getKey() + ".error"), e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
