package io.chainexplorer.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The text of the poller's Prometheus endpoint and the value of one of its sample lines. */
final class PollerMetrics {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PollerMetrics() {}

  /** Reads the endpoint at {@code metricsUrl}. */
  static String read(URI metricsUrl) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(metricsUrl).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the poller's metrics: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the poller's metrics", e);
    }
  }

  /** The value at the end of a sample line. */
  static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
