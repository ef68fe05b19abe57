package io.chainexplorer.sink.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.junit.jupiter.api.Test;

class SinkMetricsEndpointTest {

  @Test
  void shouldServeEveryPublishedRegistryOnOneEndpointStartedOnce() throws Exception {
    int port = freePort();
    System.setProperty(SinkMetricsEndpoint.PORT_PROPERTY, Integer.toString(port));
    try {
      SinkMetricsEndpoint.registry("first-plugin")
          .counter("chain.explorer.sink.test.rows", "table", "blocks")
          .increment(3);
      // Another plugin's class loader publishes its registry the same way: as an MBean.
      ScrapeSource other = () -> "chain_explorer_sink_other_total 7.0\n";
      ManagementFactory.getPlatformMBeanServer()
          .registerMBean(
              new StandardMBean(other, ScrapeSource.class),
              new ObjectName(SinkMetricsEndpoint.DOMAIN + ":type=Registry,plugin=other"));

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .contains("chain_explorer_sink_test_rows_total{table=\"blocks\"} 3.0")
          .contains("chain_explorer_sink_other_total 7.0")
          .contains("jvm_memory_used_bytes");
      assertThat(MetricsHttpServer.startOnce(port)).isFalse();
      assertThat(SinkMetricsEndpoint.registry("again"))
          .isSameAs(SinkMetricsEndpoint.registry("first-plugin"));
    } finally {
      System.clearProperty(SinkMetricsEndpoint.PORT_PROPERTY);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
