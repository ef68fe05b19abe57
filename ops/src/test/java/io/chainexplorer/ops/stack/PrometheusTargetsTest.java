package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.ServiceConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Compose stack's Prometheus scrapes a port each target service really listens on, and every
 * service with a metrics endpoint is scraped.
 */
class PrometheusTargetsTest {

  private static final Path CONFIG = Path.of("compose", "prometheus", "prometheus.yml");

  private final StackFile compose = StackFile.load(StackFile.COMPOSE);

  @Test
  void shouldScrapeListeningPortWhenTargetNamesService() throws IOException {
    List<String> targets = targets();

    assertThat(targets).isNotEmpty();
    for (String target : targets) {
      String host = target.substring(0, target.lastIndexOf(':'));
      String port = target.substring(target.lastIndexOf(':') + 1);
      assertThat(compose.serviceNames()).as("service of target %s", target).contains(host);
      assertThat(listeningPorts(host)).as("ports of %s", host).contains(port);
    }
  }

  @Test
  void shouldScrapeEveryMetricsEndpointWhenStackRuns() throws IOException {
    Set<String> scraped = new HashSet<>();
    for (String target : targets()) {
      scraped.add(target.substring(0, target.lastIndexOf(':')));
    }
    List<String> withMetrics = new ArrayList<>(AppEnvironmentTest.appServices(compose));
    for (String service : compose.serviceNames()) {
      if (!compose.service(service).path("expose").isEmpty()) {
        withMetrics.add(service);
      }
    }

    assertThat(withMetrics).contains("block-poller", "connect", "scylla");
    assertThat(scraped).containsAll(withMetrics);
  }

  @Test
  void shouldMountConfigWhenPrometheusStarts() {
    assertThat(compose.references("prometheus", "volumes"))
        .contains("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
  }

  private Set<String> listeningPorts(String service) {
    JsonNode definition = compose.service(service);
    Set<String> ports = new HashSet<>();
    definition.path("expose").forEach(port -> ports.add(port.asText()));
    for (JsonNode port : definition.path("ports")) {
      String text = port.isObject() ? port.path("target").asText() : port.asText();
      ports.add(text.substring(text.lastIndexOf(':') + 1).replaceAll("/.*", ""));
    }
    List<String> arguments = compose.arguments(service);
    int option = arguments.indexOf("--metrics-port");
    if (option >= 0) {
      ports.add(arguments.get(option + 1));
    } else if (AppEnvironmentTest.appServices(compose).contains(service)) {
      String variable = ConfigLoader.envVar(ServiceConfig.METRICS_PORT);
      Object fallback =
          ServiceConfig.baseDefinition().configKeys().get(ServiceConfig.METRICS_PORT).defaultValue;
      ports.add(compose.environment(service).getOrDefault(variable, String.valueOf(fallback)));
    }
    return ports;
  }

  private static List<String> targets() throws IOException {
    try (Reader reader = Files.newBufferedReader(ProjectPaths.root().resolve(CONFIG))) {
      JsonNode config = new ObjectMapper().valueToTree(new Yaml().load(reader));
      List<String> targets = new ArrayList<>();
      for (JsonNode job : config.path("scrape_configs")) {
        for (JsonNode group : job.path("static_configs")) {
          group.path("targets").forEach(target -> targets.add(target.asText()));
        }
      }
      return targets;
    }
  }
}
