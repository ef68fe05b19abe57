package io.chainexplorer.devstack.run;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One process of the pipeline.
 *
 * @param metricsEndpoint its Prometheus endpoint; empty when it serves none (the broker)
 */
public record ServiceInfo(String name, long pid, Optional<URI> metricsEndpoint) {

  public ServiceInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metricsEndpoint, "metricsEndpoint");
  }

  /** A process that serves its metrics at {@code endpoint}. */
  public static ServiceInfo withMetrics(String name, long pid, URI endpoint) {
    return new ServiceInfo(name, pid, Optional.of(endpoint));
  }

  /** A process without a metrics endpoint of its own. */
  public static ServiceInfo withoutMetrics(String name, long pid) {
    return new ServiceInfo(name, pid, Optional.empty());
  }
}
