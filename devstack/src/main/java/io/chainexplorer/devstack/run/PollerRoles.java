package io.chainexplorer.devstack.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which poller instance leads the chain, as each one's Prometheus endpoint says through its leader
 * gauge (1 while it holds the seat of the election, 0 on standby).
 */
final class PollerRoles {

  static final String LEADER_GAUGE = "chainexplorer_poller_leader";

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** The first running instance among {@code pollers} whose gauge reads 1 now, if any. */
  Optional<AppProcess> leader(List<AppProcess> pollers) {
    return pollers.stream().filter(AppProcess::isAlive).filter(this::leads).findFirst();
  }

  private boolean leads(AppProcess poller) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(poller.metricsUrl())).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && gauge(response.body()) == 1.0;
    } catch (IOException e) {
      // not serving yet (starting, or just killed): not the leader
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The gauge's value in a Prometheus text exposition, NaN when it is absent. */
  static double gauge(String exposition) {
    for (String line : exposition.split("\n")) {
      if (line.startsWith(LEADER_GAUGE + " ") || line.startsWith(LEADER_GAUGE + "{")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
      }
    }
    return Double.NaN;
  }
}
