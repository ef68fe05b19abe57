package io.chainexplorer.testsupport;

import java.net.InetSocketAddress;

/**
 * The shared CQL node as tests see it: the contact point and the local datacenter a driver needs.
 *
 * @param host loopback address of the node
 * @param port CQL native-protocol port
 * @param localDatacenter datacenter name to give the driver's load-balancing policy
 */
public record CassandraEndpoint(String host, int port, String localDatacenter) {

  /** The address to pass to {@code CqlSession.builder().addContactPoint(...)}. */
  public InetSocketAddress contactPoint() {
    return new InetSocketAddress(host, port);
  }

  @Override
  public String toString() {
    return "Cassandra at " + host + ":" + port + " (" + localDatacenter + ")";
  }
}
