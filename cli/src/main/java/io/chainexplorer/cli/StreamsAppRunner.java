package io.chainexplorer.cli;

import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.platform.streams.StreamsApp;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs one Kafka Streams app until it stops: metrics server reporting the app's health, stopped by
 * Ctrl-C through a shutdown hook; exit code 0 when stopped, 1 on a fatal error.
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
          spec.commandLine()
              .getErr()
              .println(command + " stopped: " + app.failure().get().getMessage());
          return CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
      }
    }
  }
}
