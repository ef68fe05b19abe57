package io.chainexplorer.devstack.run;

import static io.chainexplorer.devstack.run.EmbeddedPipeline.CONNECT;
import static io.chainexplorer.devstack.run.EmbeddedPipeline.KAFKA;
import static io.chainexplorer.devstack.run.EmbeddedPipeline.POLLER_LEADER;
import static io.chainexplorer.devstack.run.EmbeddedPipeline.POLLER_STANDBY;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kills and restarts the pipeline's processes by name: an app, the Connect worker, the broker, or a
 * poller by its role in the chain's leader election.
 */
final class ServiceControl {

  private final Map<String, AppProcess> apps;
  private final EmbeddedInfrastructure infrastructure;
  private final PollerRoles roles = new PollerRoles();
  private final Map<String, String> killedInRole = new HashMap<>();

  /** Controls {@code apps} (filled as they start) and the infrastructure's Connect and broker. */
  ServiceControl(Map<String, AppProcess> apps, EmbeddedInfrastructure infrastructure) {
    this.apps = apps;
    this.infrastructure = infrastructure;
  }

  synchronized String kill(String name) {
    switch (name) {
      case CONNECT -> infrastructure.connect().kill();
      case KAFKA -> infrastructure.broker().kill();
      case POLLER_LEADER, POLLER_STANDBY -> {
        String instance = pollerIn(name);
        killedInRole.put(name, instance);
        app(instance).kill();
        return instance;
      }
      default -> app(name).kill();
    }
    return name;
  }

  synchronized void restart(String name) {
    switch (name) {
      case CONNECT -> infrastructure.connect().restart();
      case KAFKA -> infrastructure.broker().restart();
      default -> {
        AppProcess app = app(killedInRole.getOrDefault(name, name));
        app.close();
        app.start();
      }
    }
  }

  /**
   * The running processes: the supervisor (this JVM, its metrics at {@code supervisorMetrics}), the
   * broker (no metrics endpoint), each app and, when the run has stores, the Connect worker.
   */
  List<ServiceInfo> services(URI supervisorMetrics) {
    List<ServiceInfo> services = new ArrayList<>();
    services.add(ServiceInfo.withMetrics("run", ProcessHandle.current().pid(), supervisorMetrics));
    if (infrastructure.broker().isRunning()) {
      services.add(ServiceInfo.withoutMetrics(KAFKA, infrastructure.broker().pid()));
    }
    apps.values()
        .forEach(
            app ->
                services.add(
                    ServiceInfo.withMetrics(app.name(), app.pid(), URI.create(app.metricsUrl()))));
    if (infrastructure.hasStores()) {
      services.add(
          ServiceInfo.withMetrics(
              CONNECT,
              infrastructure.connect().pid(),
              URI.create(infrastructure.sinkMetricsUrl())));
    }
    return services;
  }

  Optional<String> pollerLeader() {
    return roles.leader(pollers()).map(AppProcess::name);
  }

  /** Every poller instance, leader and standbys. */
  List<AppProcess> pollers() {
    return apps.values().stream()
        .filter(
            app ->
                app.name().equals(PipelineApps.POLLER)
                    || app.name().equals(PipelineApps.STANDBY_POLLER))
        .toList();
  }

  AppProcess app(String name) {
    AppProcess app = apps.get(name);
    if (app == null) {
      throw new IllegalArgumentException("no service " + name + "; services: " + apps.keySet());
    }
    return app;
  }

  private String pollerIn(String role) {
    List<AppProcess> pollers = pollers();
    Optional<AppProcess> leader = roles.leader(pollers);
    if (POLLER_LEADER.equals(role)) {
      return leader.orElseThrow(() -> new IllegalStateException("no poller leads now")).name();
    }
    return pollers.stream()
        .filter(poller -> leader.isEmpty() || poller != leader.get())
        .filter(AppProcess::isAlive)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no poller stands by now"))
        .name();
  }
}
