package io.chainexplorer.ops.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * One entry of a service's {@code ports}, short ({@code [HOST_IP:]HOST:CONTAINER[/PROTO]}) or long
 * syntax; an empty host address means every interface of the host.
 */
record PublishedPort(String hostIp, String published, String target) {

  private static final String LOOPBACK = "127.0.0.1";

  static PublishedPort of(JsonNode entry) {
    if (entry.isObject()) {
      return new PublishedPort(
          entry.path("host_ip").asText(""),
          entry.path("published").asText(""),
          entry.path("target").asText(""));
    }
    String text = entry.asText();
    int slash = text.indexOf('/');
    String[] parts = (slash < 0 ? text : text.substring(0, slash)).split(":");
    return switch (parts.length) {
        // A container port alone is published on a random port of every interface.
      case 1 -> new PublishedPort("", "", parts[0]);
      case 2 -> new PublishedPort("", parts[0], parts[1]);
      default ->
          new PublishedPort(
              String.join(":", Arrays.copyOf(parts, parts.length - 2)),
              parts[parts.length - 2],
              parts[parts.length - 1]);
    };
  }

  /** Whether only processes of the Docker host itself can reach the port. */
  boolean isLoopbackOnly() {
    return LOOPBACK.equals(hostIp);
  }
}
