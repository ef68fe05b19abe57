package io.chainexplorer.platform.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Runs one {@link KafkaStreams} client: Streams' metrics bound to the registry, a stream thread
 * that died of a transient failure replaced without limit, the whole client shut down on any other
 * uncaught error (kept as {@link #failure()}), terminated once NOT_RUNNING or ERROR or closed.
 */
public final class StreamsLifecycle implements AutoCloseable {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final Runnable afterClose;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /**
   * Wires the handlers and metrics of a created, not yet started client.
   *
   * @param name the app, as logged when a stream thread fails
   * @param afterClose closes what the topology uses (serdes), after the client stopped
   */
  public StreamsLifecycle(
      String name, KafkaStreams streams, MeterRegistry registry, Runnable afterClose) {
    this.streams = streams;
    this.afterClose = afterClose;
    // Transient failures replace the thread after a backoff until they pass; anything else is a
    // bug or a record no handler took: stop rather than skip data.
    streams.setUncaughtExceptionHandler(
        new TransientRetryHandler(
            name,
            registry,
            backoff -> !closing.await(backoff.toMillis(), TimeUnit.MILLISECONDS),
            System::nanoTime,
            error -> failure.compareAndSet(null, error)));
    streams.setStateListener(
        (now, before) -> {
          if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
            stopped.countDown();
          }
        });
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
  }

  /** Starts processing. */
  public void start() {
    streams.start();
  }

  /** True while the client runs or rebalances. */
  public boolean isHealthy() {
    KafkaStreams.State state = streams.state();
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Waits until the client stopped; true when it did within {@code timeout}. */
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The error that stopped the client, if one did. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure.get());
  }

  @Override
  public void close() {
    closing.countDown();
    streams.close(CLOSE_TIMEOUT);
    streamsMetrics.close();
    afterClose.run();
    stopped.countDown();
  }
}
