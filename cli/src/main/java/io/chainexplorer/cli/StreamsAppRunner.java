package io.chainexplorer.cli;

import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.platform.streams.StreamsApp;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one Kafka Streams app until it stops: metrics server reporting the app's health, stopped by
 * Ctrl-C through a shutdown hook; exit code 0 when stopped, 1 on a fatal error, 2 on a fatal error
 * the operator's configuration caused (a record of another chain than the app's).
 */
public final class StreamsAppRunner {

  /** Starts the app with its meters in the given registry. */
  @FunctionalInterface
  public interface Starter<A extends StreamsApp> {
    A start(MeterRegistry registry) throws InterruptedException;
  }

  private StreamsAppRunner() {}

  /** Runs the app {@code starter} starts; {@code command} names the stop hook and messages. */
  public static <A extends StreamsApp> int run(
      CommandSpec spec, String command, ServiceConfig config, Starter<A> starter)
      throws InterruptedException {
    AtomicReference<A> running = new AtomicReference<>();
    try (MetricsServer metrics =
        MetricsServer.start(
            config.metricsHost(),
            config.metricsPort(),
            config.serviceName(),
            config.chainName(),
            () -> running.get() != null && running.get().isHealthy())) {
      try (A app = starter.start(metrics.registry())) {
        running.set(app);
        Runtime.getRuntime()
            .addShutdownHook(new Thread(app::close, "chain-explorer-" + command + "-stop"));
        while (!app.awaitTermination(Duration.ofMinutes(1))) {
          // keeps waiting: the app stops on a fatal error or through the shutdown hook
        }
        if (app.failure().isPresent()) {
          Throwable failure = app.failure().get();
          Optional<ConfigException> misconfigured = configError(failure);
          spec.commandLine()
              .getErr()
              .println(
                  command
                      + " stopped: "
                      + misconfigured.map(Throwable::getMessage).orElse(failure.getMessage()));
          return misconfigured.isPresent()
              ? CommandLine.ExitCode.USAGE
              : CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
      }
    }
  }

  /**
   * The configuration error behind a failure (such as a record of another chain than the app's),
   * which Streams wraps in its own exceptions: the operator's to fix, exit code 2.
   */
  static Optional<ConfigException> configError(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConfigException config) {
        return Optional.of(config);
      }
    }
    return Optional.empty();
  }
}
