package io.chainexplorer.sink.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus registry of this class loader's sinks (one per Connect plugin), served with every
 * other plugin's on one worker-wide {@code /metrics} endpoint.
 *
 * <p>The port comes from the system property {@value #PORT_PROPERTY} or the environment variable
 * {@value #PORT_ENV}; without either the meters are kept but not served. The first plugin to start
 * binds the port; each plugin publishes its registry as an MBean, and the endpoint scrapes them
 * all, since the JVM's MBean server is the one object plugins in isolated class loaders share.
 */
public final class SinkMetricsEndpoint {

  public static final String PORT_PROPERTY = "chainexplorer.sink.metrics.port";
  public static final String PORT_ENV = "CHAIN_EXPLORER_SINK_METRICS_PORT";
  static final String DOMAIN = "io.chainexplorer.sink.metrics";

  private static final Logger LOG = LoggerFactory.getLogger(SinkMetricsEndpoint.class);
  private static PrometheusMeterRegistry registry;

  private SinkMetricsEndpoint() {}

  /** This plugin's registry, published and (with a port configured) served on first use. */
  public static synchronized PrometheusMeterRegistry registry(String plugin) {
    if (registry == null) {
      registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      publish(plugin, registry);
      Integer port = configuredPort();
      if (port != null && MetricsHttpServer.startOnce(port)) {
        bindJvmMeters(registry);
      }
    }
    return registry;
  }

  /** The configured port, or null when metrics are not to be served. */
  static Integer configuredPort() {
    String value = System.getProperty(PORT_PROPERTY, System.getenv(PORT_ENV));
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PORT_PROPERTY + " / " + PORT_ENV + " must be a port number, not '" + value + "'", e);
    }
  }

  private static void publish(String plugin, PrometheusMeterRegistry registry) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ScrapeSource source = registry::scrape;
    try {
      ObjectName name =
          new ObjectName(
              DOMAIN
                  + ":type=Registry,plugin="
                  + ObjectName.quote(plugin)
                  + ",loader="
                  + Integer.toHexString(System.identityHashCode(SinkMetricsEndpoint.class)));
      server.registerMBean(new StandardMBean(source, ScrapeSource.class), name);
    } catch (JMException e) {
      LOG.warn("metrics of {} cannot be published: {}", plugin, e.toString());
    }
  }

  /** JVM meters once per worker: only the plugin whose endpoint serves binds them. */
  private static void bindJvmMeters(PrometheusMeterRegistry registry) {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
  }
}
