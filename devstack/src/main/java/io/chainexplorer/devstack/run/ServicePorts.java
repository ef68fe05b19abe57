package io.chainexplorer.devstack.run;

import io.chainexplorer.embedded.FreePorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The well-known ports of the services a user points tools at (Kafka, the Schema Registry, Kafka
 * Connect, CQL), each taken when it is free on this machine, another one otherwise with a line
 * saying so.
 */
final class ServicePorts {

  static final int KAFKA = 9092;
  static final int SCHEMA_REGISTRY = 8081;
  static final int CONNECT = 8083;
  static final int CQL = 9042;

  private static final Logger LOG = LoggerFactory.getLogger(ServicePorts.class);

  private ServicePorts() {}

  /** {@code preferred} when free, else a free port, announced on the console. */
  static int choose(String service, int preferred) {
    int port = FreePorts.preferred(preferred);
    if (port != preferred) {
      LOG.warn("{}: port {} is taken on this machine, using {} instead", service, preferred, port);
    }
    return port;
  }
}
