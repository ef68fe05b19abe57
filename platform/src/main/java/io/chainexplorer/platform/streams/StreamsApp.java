package io.chainexplorer.platform.streams;

import java.time.Duration;
import java.util.Optional;

/** A started Kafka Streams app as its runner sees it: health, termination, failure, close. */
public interface StreamsApp extends AutoCloseable {

  /** True while the client runs or rebalances. */
  boolean isHealthy();

  /** Waits until the app stopped; true when it did within {@code timeout}. */
  boolean awaitTermination(Duration timeout) throws InterruptedException;

  /** The error that stopped the app, if one did. */
  Optional<Throwable> failure();

  @Override
  void close();
}
