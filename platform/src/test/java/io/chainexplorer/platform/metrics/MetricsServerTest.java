package io.chainexplorer.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldServeRegisteredCounterInPrometheusFormatWithCommonTags() throws Exception {
    try (MetricsServer server =
        MetricsServer.start("127.0.0.1", 0, "sample", "eth-test", () -> true)) {
      server.registry().counter("blocks.published", "provider", "alpha").increment(3);

      HttpResponse<String> response = get(server.metricsUri());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue(MetricsServer.PROMETHEUS_CONTENT_TYPE);
      assertThat(response.body())
          .contains("# TYPE blocks_published_total counter")
          .containsPattern(
              "blocks_published_total\\{chain=\"eth-test\",provider=\"alpha\",service=\"sample\"} 3\\.0");
    }
  }

  @Test
  void shouldTakeHostPortAndTagsFromTheServiceConfig() throws Exception {
    SampleServiceConfig config =
        new SampleServiceConfig(
            Map.of("metrics.host", "127.0.0.1", "metrics.port", "0", "chain.name", "eth-holesky"));
    try (MetricsServer server = MetricsServer.start(config)) {
      server.registry().counter("pings").increment();

      assertThat(get(server.metricsUri()).body())
          .contains("pings_total{chain=\"eth-holesky\",service=\"sample-service\"} 1.0");
    }
  }

  @Test
  void shouldExposeJvmBinders() throws Exception {
    try (MetricsServer server =
        MetricsServer.start("127.0.0.1", 0, "sample", "eth-test", () -> true)) {
      String body = get(server.metricsUri()).body();

      assertThat(body)
          .contains("jvm_memory_used_bytes")
          .contains("jvm_threads_live_threads")
          .contains("jvm_classes_loaded_classes")
          .contains("system_cpu_count")
          .contains("process_uptime_seconds");
    }
  }

  @Test
  void shouldAnswerHealthFromTheSupplier() throws Exception {
    AtomicBoolean up = new AtomicBoolean(true);
    try (MetricsServer server =
        MetricsServer.start("127.0.0.1", 0, "sample", "eth-test", up::get)) {
      URI health = server.metricsUri().resolve("/health");

      assertThat(get(health).statusCode()).isEqualTo(200);
      up.set(false);
      HttpResponse<String> down = get(health);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("DOWN");
    }
  }

  @Test
  void shouldAnswerNotFoundForOtherPaths() throws Exception {
    try (MetricsServer server =
        MetricsServer.start("127.0.0.1", 0, "sample", "eth-test", () -> true)) {
      assertThat(get(server.metricsUri().resolve("/metricsx")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void shouldStopListeningWhenClosed() {
    MetricsServer server = MetricsServer.start("127.0.0.1", 0, "sample", "eth-test", () -> true);
    URI metrics = server.metricsUri();

    server.close();

    assertThatThrownBy(() -> get(metrics)).isInstanceOf(ConnectException.class);
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
