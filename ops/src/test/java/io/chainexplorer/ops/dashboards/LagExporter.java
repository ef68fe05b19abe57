package io.chainexplorer.ops.dashboards;

import io.chainexplorer.platform.kafka.ConsumerLagMonitor;
import io.chainexplorer.platform.metrics.MetricsServer;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The consumer lag of every group of the cluster on a metrics endpoint of its own, as the run
 * supervisor and the Compose stack's lag exporter serve it.
 */
final class LagExporter implements AutoCloseable {

  static final String SERVICE = "lag-exporter";

  private final Admin admin;
  private final ConsumerLagMonitor monitor;
  private final MetricsServer metrics;

  private LagExporter(Admin admin, ConsumerLagMonitor monitor, MetricsServer metrics) {
    this.admin = admin;
    this.monitor = monitor;
    this.metrics = metrics;
  }

  static LagExporter start(String bootstrapServers, String chain) {
    Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    MetricsServer metrics = MetricsServer.start("127.0.0.1", 0, SERVICE, chain, () -> true);
    ConsumerLagMonitor monitor =
        new ConsumerLagMonitor(admin).discoverGroups().refreshEvery(Duration.ofSeconds(1));
    monitor.bindTo(metrics.registry());
    return new LagExporter(admin, monitor, metrics);
  }

  /** The {@code host:port} serving {@code /metrics}. */
  String target() {
    return "127.0.0.1:" + metrics.port();
  }

  @Override
  public void close() {
    monitor.close();
    metrics.close();
    admin.close();
  }
}
