package io.chainexplorer.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * HTTP server metrics: {@code http.server.requests} timed per method, route template, status and
 * key name; bounded tags only (never a path, an address, a hash or a key).
 */
public final class HttpMetrics {

  private final MeterRegistry registry;

  public HttpMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Records one answered request. */
  public void record(String method, String route, int status, String keyName, long nanos) {
    Timer.builder("http.server.requests")
        .description("HTTP requests answered by the API")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .tag("outcome", outcome(status))
        .tag("key", keyName == null ? "none" : keyName)
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    return "SUCCESS";
  }
}
