package io.chainexplorer.platform.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.chainexplorer.platform.config.ServiceConfig;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a Prometheus registry on {@code GET /metrics} and liveness on {@code GET /health}, with
 * the JVM binders and the common tags {@code service} and {@code chain}; closing stops both.
 */
public final class MetricsServer implements AutoCloseable {

  static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gcMetrics;
  private final HttpServer server;
  private final ExecutorService executor;
  private final BooleanSupplier healthy;

  private MetricsServer(
      PrometheusMeterRegistry registry,
      JvmGcMetrics gcMetrics,
      HttpServer server,
      ExecutorService executor,
      BooleanSupplier healthy) {
    this.registry = registry;
    this.gcMetrics = gcMetrics;
    this.server = server;
    this.executor = executor;
    this.healthy = healthy;
  }

  /** Starts on the service's configured host and port, always reporting healthy. */
  public static MetricsServer start(ServiceConfig config) {
    return start(
        config.metricsHost(),
        config.metricsPort(),
        config.serviceName(),
        config.chainName(),
        () -> true);
  }

  /**
   * Starts the endpoint.
   *
   * @param port 0 picks a free port, see {@link #port()}
   * @param healthy answers {@code /health}: 200 when true, 503 when false
   */
  public static MetricsServer start(
      String host, int port, String service, String chain, BooleanSupplier healthy) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("service", service, "chain", chain);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      gcMetrics.close();
      registry.close();
      throw new UncheckedIOException("cannot bind the metrics endpoint to " + host + ":" + port, e);
    }
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "metrics-http");
              thread.setDaemon(true);
              return thread;
            });
    MetricsServer metrics = new MetricsServer(registry, gcMetrics, server, executor, healthy);
    server.createContext("/", metrics::handle);
    server.setExecutor(executor);
    server.start();
    LOG.info("metrics on http://{}:{}/metrics", host, metrics.port());
    return metrics;
  }

  /** The registry every meter of the service binds to. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The bound port: the configured one, or the one picked for port 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The {@code /metrics} URL on the loopback interface. */
  public URI metricsUri() {
    return URI.create("http://127.0.0.1:" + port() + "/metrics");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    gcMetrics.close();
    registry.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/metrics" -> respond(exchange, 200, PROMETHEUS_CONTENT_TYPE, registry.scrape());
        case "/health" -> {
          boolean up = healthy.getAsBoolean();
          String body = up ? "{\"status\":\"UP\"}\n" : "{\"status\":\"DOWN\"}\n";
          respond(exchange, up ? 200 : 503, "application/json", body);
        }
        default -> respond(exchange, 404, "text/plain; charset=utf-8", "not found\n");
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
