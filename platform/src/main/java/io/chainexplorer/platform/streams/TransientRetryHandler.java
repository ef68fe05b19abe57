package io.chainexplorer.platform.streams;

import io.chainexplorer.schemas.deadletter.TransientFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream thread that died of a transient failure (registry or broker unreachable, registry
 * refusing our credentials) is replaced after a backoff, without limit: its tasks resume from the
 * last commit, so the record is read again and never dead-lettered. Any other error shuts the
 * client down. Backoff doubles from 1 s to 30 s and starts over after a minute without failure.
 */
final class TransientRetryHandler implements StreamsUncaughtExceptionHandler {

  /** Counter of replaced threads, tagged by app and by {@code unavailable} or {@code denied}. */
  static final String RETRIES = "chainexplorer.streams.transient.retries";

  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final Duration CALM = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(TransientRetryHandler.class);

  /** Waits out a backoff; false when the client is closing and the wait was cut short. */
  interface Pause {
    boolean await(Duration backoff) throws InterruptedException;
  }

  private final String app;
  private final Pause pause;
  private final LongSupplier nanoTime;
  private final Consumer<Throwable> onFatal;
  private final Counter unavailable;
  private final Counter denied;
  private Duration backoff = FIRST_BACKOFF;
  private long lastFailureNanos;
  private boolean failedBefore;

  TransientRetryHandler(
      String app,
      MeterRegistry registry,
      Pause pause,
      LongSupplier nanoTime,
      Consumer<Throwable> onFatal) {
    this.app = app;
    this.pause = pause;
    this.nanoTime = nanoTime;
    this.onFatal = onFatal;
    this.unavailable = counter(registry, app, "unavailable");
    this.denied = counter(registry, app, "denied");
  }

  @Override
  public synchronized StreamThreadExceptionResponse handle(Throwable error) {
    if (!TransientFailures.isTransient(error)) {
      onFatal.accept(error);
      LOG.error("{} stream thread failed, shutting down", app, error);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    Duration wait = nextBackoff();
    if (TransientFailures.isAccessDenied(error)) {
      denied.increment();
      // A configuration error, not bad data: say what to fix; the message names no credentials.
      LOG.error(
          "{}: the Schema Registry refused our credentials (check schema.registry.basic.auth.*);"
              + " retrying in {} s: {}",
          app,
          wait.toSeconds(),
          error.getMessage());
    } else {
      unavailable.increment();
      LOG.warn(
          "{}: transient failure, stream thread replaced in {} s, nothing dead-lettered: {}",
          app,
          wait.toSeconds(),
          rootMessage(error));
    }
    try {
      if (!pause.await(wait)) {
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  private Duration nextBackoff() {
    long now = nanoTime.getAsLong();
    if (!failedBefore || now - lastFailureNanos > CALM.toNanos()) {
      backoff = FIRST_BACKOFF;
    } else {
      Duration doubled = backoff.multipliedBy(2);
      backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }
    failedBefore = true;
    lastFailureNanos = now;
    return backoff;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static Counter counter(MeterRegistry registry, String app, String kind) {
    return Counter.builder(RETRIES)
        .description("Stream threads replaced after a transient failure; nothing dead-lettered")
        .tag("app", app)
        .tag("kind", kind)
        .register(registry);
  }
}
