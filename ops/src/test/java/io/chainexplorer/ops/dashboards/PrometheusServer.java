package io.chainexplorer.ops.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.embedded.ChildProcess;
import io.chainexplorer.embedded.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real {@code prometheus} binary in a child process, scraping the given targets every second,
 * and the two calls of its HTTP API the dashboard test needs: target health and instant queries.
 */
final class PrometheusServer implements AutoCloseable {

  /** The binary Debian's {@code prometheus} package installs. */
  static final String BINARY = "prometheus";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final ChildProcess process;
  private final URI baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(ChildProcess process, URI baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /**
   * Writes {@code prometheus.yml} with one job per target and starts the server on a free port.
   *
   * @param targets {@code host:port} serving {@code /metrics}, by job name
   * @throws IllegalStateException when the binary is not on the {@code PATH}
   */
  static PrometheusServer start(Path workDir, Map<String, String> targets) {
    Path binary = locate();
    int port = FreePorts.next();
    try {
      Path config = Files.writeString(workDir.resolve("prometheus.yml"), config(targets));
      List<String> command =
          List.of(
              binary.toString(),
              "--config.file=" + config,
              "--storage.tsdb.path=" + Files.createDirectories(workDir.resolve("prometheus-data")),
              "--web.listen-address=127.0.0.1:" + port);
      ChildProcess child =
          ChildProcess.start("prometheus", command, workDir, workDir.resolve("prometheus.log"));
      try {
        child.awaitListening(port, START_TIMEOUT);
      } catch (RuntimeException e) {
        child.close();
        throw e;
      }
      return new PrometheusServer(child, URI.create("http://127.0.0.1:" + port));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Prometheus in " + workDir, e);
    }
  }

  /** The scrape configuration: every target of its own job, scraped every second. */
  static String config(Map<String, String> targets) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n");
    yaml.append("scrape_configs:\n");
    targets.forEach(
        (job, target) ->
            yaml.append("  - job_name: ")
                .append(job)
                .append("\n    static_configs:\n      - targets: ['")
                .append(target)
                .append("']\n"));
    return yaml.toString();
  }

  /** Jobs whose target Prometheus does not report {@code up}, with the last scrape error. */
  List<String> targetsNotUp() {
    List<String> down = new ArrayList<>();
    for (JsonNode target : get("/api/v1/targets").path("data").path("activeTargets")) {
      if (!"up".equals(target.path("health").asText())) {
        down.add(
            target.path("labels").path("job").asText()
                + " ("
                + target.path("lastError").asText()
                + ")");
      }
    }
    return down;
  }

  /** Number of active targets Prometheus knows of. */
  int activeTargets() {
    return get("/api/v1/targets").path("data").path("activeTargets").size();
  }

  /**
   * Evaluates {@code promQl} now; the answer's {@code data}.
   *
   * @throws IllegalStateException when Prometheus rejects the query (syntax, unknown function)
   */
  JsonNode query(String promQl) {
    JsonNode answer =
        get("/api/v1/query?query=" + URLEncoder.encode(promQl, StandardCharsets.UTF_8));
    if (!"success".equals(answer.path("status").asText())) {
      throw new IllegalStateException(
          "Prometheus rejected " + promQl + ": " + answer.path("error").asText());
    }
    return answer.path("data");
  }

  private JsonNode get(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve(pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach Prometheus at " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Prometheus", e);
    }
  }

  private static Path locate() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .map(dir -> Path.of(dir, BINARY))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the prometheus binary is not on the PATH: install Debian's package"
                        + " (apt-get install -y prometheus), as .ci/run does"));
  }

  @Override
  public void close() {
    process.close();
  }
}
