package io.chainexplorer.cql;

import java.util.List;

/**
 * Where the hot store is and how to log in: contact points ({@code host[:port]}, 9042 by default),
 * the driver's local datacenter, credentials (none when {@code username} is null) and TLS (none
 * when null). {@link #toString()} never shows the password.
 */
public record CqlEndpoint(
    List<String> contactPoints,
    String localDatacenter,
    String username,
    String password,
    CqlTls tls) {

  public CqlEndpoint {
    contactPoints = List.copyOf(contactPoints);
    if (contactPoints.isEmpty()) {
      throw new IllegalArgumentException("at least one CQL contact point is needed");
    }
  }

  @Override
  public String toString() {
    return "CqlEndpoint[contactPoints="
        + contactPoints
        + ", localDatacenter="
        + localDatacenter
        + ", username="
        + username
        + ", tls="
        + tls
        + "]";
  }
}
