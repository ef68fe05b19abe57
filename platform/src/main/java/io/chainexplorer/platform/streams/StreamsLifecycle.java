package io.chainexplorer.platform.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link KafkaStreams} client: Streams' metrics bound to the registry, the whole client
 * shut down on the first uncaught error (kept as {@link #failure()}), terminated once NOT_RUNNING
 * or ERROR or closed.
 */
public final class StreamsLifecycle implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsLifecycle.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final Runnable afterClose;
  private final CountDownLatch stopped = new CountDownLatch(1);
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
    streams.setUncaughtExceptionHandler(
        error -> {
          // transient errors exhausted their retries, or a bug: stop rather than skip data
          failure.compareAndSet(null, error);
          LOG.error("{} stream thread failed, shutting down", name, error);
          return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
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
    streams.close(CLOSE_TIMEOUT);
    streamsMetrics.close();
    afterClose.run();
    stopped.countDown();
  }
}
