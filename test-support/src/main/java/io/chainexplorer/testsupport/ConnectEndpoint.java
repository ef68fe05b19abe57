package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.ConnectWorker;
import java.time.Duration;
import java.util.Map;

/** A Kafka Connect worker as tests see it: its REST URL and connector shortcuts. */
public final class ConnectEndpoint {

  private final ConnectWorker worker;

  /** The endpoint of any worker, e.g. a {@code ConnectWorkerProcess} a test starts itself. */
  public ConnectEndpoint(ConnectWorker worker) {
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

  /** The state of one task (RUNNING, FAILED…), or "" while the connector has no such task. */
  public String taskState(String connector, int task) {
    return worker.taskState(connector, task);
  }

  /** Restarts one task through the REST API, as an operator would. */
  public void restartTask(String connector, int task) {
    worker.restartTask(connector, task);
  }

  @Override
  public String toString() {
    return "Connect at " + restUrl();
  }
}
