package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.EmbeddedConnect;
import java.time.Duration;
import java.util.Map;

/** The shared Kafka Connect worker as tests see it: its REST URL and connector shortcuts. */
public final class ConnectEndpoint {

  private final EmbeddedConnect worker;

  ConnectEndpoint(EmbeddedConnect worker) {
    this.worker = worker;
  }

  /** The worker's REST API base URL, without a trailing slash. */
  public String restUrl() {
    return worker.restUrl();
  }

  /** Creates (or reconfigures) a connector; values are sent as strings. */
  public void createConnector(String name, Map<String, ?> config) {
    worker.createConnector(name, config);
  }

  /** Waits until the connector and all of its tasks are RUNNING; fails fast on FAILED. */
  public void awaitConnectorRunning(String name, Duration timeout) {
    worker.awaitConnectorRunning(name, timeout);
  }

  public void deleteConnector(String name) {
    worker.deleteConnector(name);
  }

  @Override
  public String toString() {
    return "Connect at " + restUrl();
  }
}
