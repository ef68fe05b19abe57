package io.chainexplorer.embedded;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** A running Kafka Connect worker seen through its REST API, in this JVM or a child one. */
public interface ConnectWorker extends AutoCloseable {

  /**
   * The worker's REST API base URL without a trailing slash, e.g. {@code http://127.0.0.1:8083}.
   */
  String restUrl();

  default URI restUri() {
    return URI.create(restUrl());
  }

  /** Creates or updates a connector ({@code PUT /connectors/name/config}); values as strings. */
  void createConnector(String name, Map<String, ?> config);

  /** Waits until the connector and all of its (at least one) tasks are RUNNING; fails on FAILED. */
  void awaitConnectorRunning(String name, Duration timeout);

  /** Deletes a connector; a connector that does not exist is no error. */
  void deleteConnector(String name);

  /** The state of one task (RUNNING, FAILED…), or an empty string while it has none. */
  String taskState(String connector, int task);

  /** Restarts one task, as an operator would after it failed. */
  void restartTask(String connector, int task);

  /** Stops the worker gracefully; closing twice is harmless. */
  @Override
  void close();
}
