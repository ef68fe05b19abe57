package io.chainexplorer.schemas.deadletter;

import io.chainexplorer.schemas.registry.SchemaRegistryException;
import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that may pass with time (our infrastructure unreachable, slow, overloaded or
 * refusing our credentials) from a failure of the record itself: the first is retried without limit
 * and never dead-lettered, the second goes to the dead-letter topic. Every app and both sinks
 * classify through here.
 */
public final class TransientFailures {

  private TransientFailures() {}

  /**
   * True when {@code error} or one of its causes is transient: registry unavailable or answering
   * 401, 403, 408, 429 or 5xx; a Kafka retriable error; a refused or reset connection, an unknown
   * host, a timeout, a closed channel.
   */
  public static boolean isTransient(Throwable error) {
    return isTransient(error, cause -> false);
  }

  /** As {@link #isTransient(Throwable)}, also true for any cause {@code alsoTransient} accepts. */
  public static boolean isTransient(Throwable error, Predicate<Throwable> alsoTransient) {
    for (Throwable cause = error; cause != null; cause = next(cause)) {
      if (isTransientItself(cause) || alsoTransient.test(cause)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the registry refused our credentials (401 or 403): a configuration error that is
   * retried (the credentials may be fixed or rotated) and said so, never a bad record.
   */
  public static boolean isAccessDenied(Throwable error) {
    for (Throwable cause = error; cause != null; cause = next(cause)) {
      if (cause instanceof SchemaRegistryException registry && deniesAccess(registry.status())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTransientItself(Throwable cause) {
    if (cause instanceof SchemaRegistryUnavailableException
        || cause instanceof RetriableException) {
      return true;
    }
    if (cause instanceof SchemaRegistryException registry) {
      int status = registry.status();
      return deniesAccess(status) || status == 408 || status == 429 || status >= 500;
    }
    // Connection refused or reset, no route: the service is down or restarting.
    return cause instanceof SocketException
        || cause instanceof UnknownHostException
        || cause instanceof HttpTimeoutException
        || cause instanceof InterruptedIOException
        || cause instanceof ClosedChannelException
        || cause instanceof TimeoutException;
  }

  private static boolean deniesAccess(int status) {
    return status == 401 || status == 403;
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
