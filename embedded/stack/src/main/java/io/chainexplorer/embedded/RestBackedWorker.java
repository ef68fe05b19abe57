package io.chainexplorer.embedded;

import java.time.Duration;
import java.util.Map;

/** A worker's connector and task calls, answered by its REST API wherever the worker runs. */
abstract class RestBackedWorker implements ConnectWorker {

  private final ConnectRestClient rest;

  RestBackedWorker(String restUrl) {
    this.rest = new ConnectRestClient(restUrl);
  }

  ConnectRestClient rest() {
    return rest;
  }

  @Override
  public void createConnector(String name, Map<String, ?> config) {
    rest.putConnectorConfig(name, config);
  }

  @Override
  public void awaitConnectorRunning(String name, Duration timeout) {
    rest.awaitRunning(name, timeout);
  }

  @Override
  public void deleteConnector(String name) {
    rest.deleteConnector(name);
  }

  @Override
  public String taskState(String connector, int task) {
    return rest.taskState(connector, task);
  }

  @Override
  public void restartTask(String connector, int task) {
    rest.restartTask(connector, task);
  }
}
