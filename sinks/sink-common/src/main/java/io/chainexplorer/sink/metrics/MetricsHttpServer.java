package io.chainexplorer.sink.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker-wide {@code GET /metrics}: concatenates the scrape of every published registry.
 * Started at most once per JVM, whichever plugin's class loader gets there first.
 */
final class MetricsHttpServer {

  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(MetricsHttpServer.class);

  private MetricsHttpServer() {}

  /**
   * Starts the endpoint unless this JVM already serves it.
   *
   * @return true when this call started it
   */
  static boolean startOnce(int port) {
    MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
    // The MBean server is one object per JVM: a lock every plugin's class loader sees.
    synchronized (mbeans) {
      // The endpoint's own MBean tells the other class loaders that the port is served.
      ObjectName marker = name(":type=Endpoint");
      if (mbeans.isRegistered(marker)) {
        return false;
      }
      HttpServer server;
      try {
        server = HttpServer.create(new InetSocketAddress(port), 0);
      } catch (IOException e) {
        LOG.warn("sink metrics not served: port {} is taken ({})", port, e.getMessage());
        return false;
      }
      server.createContext("/metrics", exchange -> handle(mbeans, exchange));
      server.setExecutor(
          Executors.newSingleThreadExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "sink-metrics-http");
                thread.setDaemon(true);
                return thread;
              }));
      server.start();
      int bound = server.getAddress().getPort();
      register(mbeans, marker, () -> bound);
      LOG.info("sink metrics on http://0.0.0.0:{}/metrics", bound);
      return true;
    }
  }

  private static void register(MBeanServer mbeans, ObjectName name, EndpointInfo info) {
    try {
      mbeans.registerMBean(new StandardMBean(info, EndpointInfo.class), name);
    } catch (JMException e) {
      throw new IllegalStateException("cannot register " + name, e);
    }
  }

  /** Every published registry's scrape, in a stable order. */
  static String scrapeAll(MBeanServer mbeans) {
    Set<ObjectName> names = new TreeSet<>(mbeans.queryNames(name(":type=Registry,*"), null));
    StringBuilder text = new StringBuilder();
    for (ObjectName name : names) {
      try {
        text.append(mbeans.getAttribute(name, "Scrape"));
      } catch (JMException e) {
        LOG.debug("registry {} gone: {}", name, e.toString());
      }
    }
    return text.toString();
  }

  private static void handle(MBeanServer mbeans, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body = scrapeAll(mbeans).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static ObjectName name(String suffix) {
    try {
      return new ObjectName(SinkMetricsEndpoint.DOMAIN + suffix);
    } catch (JMException e) {
      throw new IllegalStateException(e);
    }
  }
}
