package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stacks publish to the network only what people need from other machines: in Compose every
 * other port is bound to the host's loopback, in Swarm (whose ingress publishes on every node and
 * every interface) nothing else is published at all.
 */
class PublishedPortsTest {

  /** The services people reach from other machines, and why each is safe to publish. */
  static final Map<String, String> PUBLIC =
      Map.of("grafana", "the dashboards; login required, no anonymous access");

  @Test
  void shouldBindPortsToLoopbackWhenComposeServiceIsNotPublic() {
    StackFile compose = StackFile.load(StackFile.COMPOSE);
    for (String service : compose.serviceNames()) {
      if (PUBLIC.containsKey(service)) {
        continue;
      }
      assertThat(compose.ports(service))
          .as("ports of %s (Compose)", service)
          .allSatisfy(port -> assertThat(port.isLoopbackOnly()).as("%s", port).isTrue());
    }
  }

  @Test
  void shouldPublishNoPortWhenSwarmServiceIsNotPublic() {
    StackFile swarm = StackFile.load(StackFile.SWARM);
    for (String service : swarm.serviceNames()) {
      if (!PUBLIC.containsKey(service)) {
        assertThat(swarm.ports(service)).as("ports of %s (Swarm)", service).isEmpty();
      }
    }
  }

  @Test
  void shouldTellLoopbackFromEveryInterfaceWhenPortsAreParsed() {
    assertThat(port("127.0.0.1:9092:9092").isLoopbackOnly()).isTrue();
    assertThat(port("127.0.0.1:8083:8083/tcp").isLoopbackOnly()).isTrue();
    assertThat(port("9092:9092").isLoopbackOnly()).isFalse();
    assertThat(port("9092").isLoopbackOnly()).isFalse();
    assertThat(port("0.0.0.0:9092:9092").isLoopbackOnly()).isFalse();
    assertThat(port("127.0.0.1:9092:9092"))
        .isEqualTo(new PublishedPort("127.0.0.1", "9092", "9092"));
  }

  private static PublishedPort port(String shortSyntax) {
    return PublishedPort.of(TextNode.valueOf(shortSyntax));
  }
}
