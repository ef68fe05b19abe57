package io.chainexplorer.sink.scylla.writer;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.BootstrappingException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import io.chainexplorer.schemas.deadletter.TransientFailures;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Tells write failures that may pass with time from those that concern the record itself. */
final class TransientErrors {

  private TransientErrors() {}

  /**
   * True for what every stage calls transient ({@link TransientFailures}) and for the driver's
   * timeouts (client or coordinator, including an LWT whose outcome is unknown), too few replicas,
   * no reachable node, overload, bootstrap, lost connections and throttling.
   */
  static boolean isTransient(Throwable error) {
    return TransientFailures.isTransient(unwrap(error), TransientErrors::isDriverTransient);
  }

  private static boolean isDriverTransient(Throwable cause) {
    return cause instanceof DriverTimeoutException
        || cause instanceof AllNodesFailedException
        || cause instanceof QueryConsistencyException
        || cause instanceof UnavailableException
        || cause instanceof OverloadedException
        || cause instanceof BootstrappingException
        || cause instanceof ClosedConnectionException
        || cause instanceof HeartbeatException
        || cause instanceof RequestThrottlingException;
  }

  static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
