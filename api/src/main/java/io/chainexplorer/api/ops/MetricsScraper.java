package io.chainexplorer.api.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pipeline services' Prometheus endpoints (the poller's, the apps', the connectors' and
 * the lag exporter's), all at once with a timeout each; a target that does not answer is reported
 * down, never an error of the request that asked. URLs are shown and logged without user info.
 */
public final class MetricsScraper {

  private static final Logger LOG = LoggerFactory.getLogger(MetricsScraper.class);

  private final List<URI> targets;
  private final Duration timeout;
  private final HttpClient http;

  public MetricsScraper(List<URI> targets, Duration timeout) {
    this.targets = List.copyOf(targets);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** One round over every target. */
  public Scrape scrape() {
    List<CompletableFuture<List<Sample>>> answers = new ArrayList<>();
    for (URI target : targets) {
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(timeout)
              .header("Accept", "text/plain; version=0.0.4")
              .GET()
              .build();
      answers.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .thenApply(MetricsScraper::samples)
              .exceptionally(e -> null));
    }
    List<Sample> samples = new ArrayList<>();
    List<Scrape.Target> shown = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      List<Sample> read = answers.get(i).join();
      String url = shown(targets.get(i));
      if (read == null) {
        LOG.debug("scrape of {} failed", url);
      } else {
        samples.addAll(read);
      }
      shown.add(new Scrape.Target(url, read != null));
    }
    return new Scrape(samples, shown);
  }

  private static List<Sample> samples(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(new IOException("status " + response.statusCode()));
    }
    return PrometheusText.parse(response.body());
  }

  /** The target as it may be shown: scheme, host, port and path; no user info, no query. */
  static String shown(URI target) {
    String port = target.getPort() < 0 ? "" : ":" + target.getPort();
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    return target.getScheme() + "://" + target.getHost() + port + path;
  }
}
