package io.chainexplorer.reliability.secrets;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.devstack.run.EmbeddedPipeline;
import io.chainexplorer.reliability.secrets.ScanReport.Kind;
import io.chainexplorer.reliability.secrets.SecretScan.Finding;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for known key strings in everything a pipeline run left: the log and configuration files of
 * its processes, every service's Prometheus output, every record of every topic (internal and
 * aborted ones included), every row of every hot table and every file of the cold store.
 */
public final class PipelineSecretScan {

  private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Where a run's outputs are.
   *
   * @param logFiles the files its processes wrote ({@link RunFiles#under})
   * @param metricsEndpoints each service's {@code /metrics} URL
   */
  public record Sources(
      String kafkaBootstrapServers,
      CqlSession session,
      String keyspace,
      Path coldStore,
      List<Path> logFiles,
      List<URI> metricsEndpoints) {

    public Sources {
      logFiles = List.copyOf(logFiles);
      metricsEndpoints = List.copyOf(metricsEndpoints);
    }
  }

  private final Map<String, String> secretsByAlias;
  private final Map<Kind, Long> scanned = new EnumMap<>(Kind.class);
  private final Map<Kind, List<Finding>> findings = new EnumMap<>(Kind.class);
  private final List<String> unreachable = new ArrayList<>();

  private PipelineSecretScan(Map<String, String> secretsByAlias) {
    this.secretsByAlias = Map.copyOf(secretsByAlias);
  }

  /**
   * The outputs of a running (or stopped but not deleted) embedded pipeline.
   *
   * @param session a session on the pipeline's CQL node, which the caller closes
   * @throws IOException when its data directory cannot be walked
   */
  public static Sources sources(EmbeddedPipeline pipeline, CqlSession session) throws IOException {
    Path coldStore = pipeline.coldStore();
    return new Sources(
        pipeline.kafka(),
        session,
        pipeline.keyspace(),
        coldStore,
        RunFiles.under(pipeline.settings().dataDir(), List.of(coldStore)),
        pipeline.services().stream()
            .flatMap(service -> service.metricsEndpoint().stream())
            .toList());
  }

  /**
   * Scans every output of {@code sources} for the secrets.
   *
   * @param secretsByAlias each key string under a printable alias
   * @throws Exception when a store cannot be read
   */
  public static ScanReport scan(Sources sources, Map<String, String> secretsByAlias)
      throws Exception {
    PipelineSecretScan run = new PipelineSecretScan(secretsByAlias);
    run.kind(Kind.LOGS, scan -> scanFiles(sources.logFiles(), scan));
    run.kind(Kind.METRICS, scan -> run.scrape(sources.metricsEndpoints(), scan));
    run.kind(Kind.TOPICS, scan -> TopicScan.scan(sources.kafkaBootstrapServers(), t -> true, scan));
    run.kind(Kind.TABLES, scan -> TableScan.scan(sources.session(), sources.keyspace(), scan));
    run.kind(
        Kind.FILES,
        scan -> {
          if (Files.isDirectory(sources.coldStore())) {
            FileScan.scan(sources.coldStore(), scan);
          }
        });
    return new ScanReport(run.scanned, run.findings, run.unreachable);
  }

  private interface Step {
    void feed(SecretScan scan) throws Exception;
  }

  private void kind(Kind kind, Step step) throws Exception {
    SecretScan scan = new SecretScan(secretsByAlias);
    step.feed(scan);
    scanned.put(kind, scan.scanned());
    findings.put(kind, scan.findings());
  }

  private static void scanFiles(List<Path> files, SecretScan scan) throws IOException {
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        scan.bytes(file.toString(), Files.readAllBytes(file));
      }
    }
  }

  private void scrape(List<URI> endpoints, SecretScan scan) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(SCRAPE_TIMEOUT).build();
    for (URI endpoint : endpoints) {
      HttpRequest get = HttpRequest.newBuilder(endpoint).timeout(SCRAPE_TIMEOUT).GET().build();
      try {
        HttpResponse<String> page = http.send(get, HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() == 200) {
          scan.text(endpoint.toString(), page.body());
        } else {
          unreachable.add(endpoint + " (HTTP " + page.statusCode() + ")");
        }
      } catch (IOException e) {
        unreachable.add(endpoint + " (" + e.getClass().getSimpleName() + ")");
      }
    }
  }
}
