package io.chainexplorer.poller;

import io.chainexplorer.poller.config.PollerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The poller as a process of its own, for crash tests: {@code anvil-url key=value...}; runs until
 * killed.
 */
public final class PollerProcess {

  private PollerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> settings = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      settings.put(pair[0], pair[1]);
    }
    PollerConfig config = new PollerConfig(settings);
    PollerApp app =
        PollerApp.start(
            config,
            new AnvilBlockSource(URI.create(args[0])),
            new SimpleMeterRegistry(),
            Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    while (!app.awaitTermination(Duration.ofMinutes(1))) {
      // runs until killed or stopped by a fatal error
    }
    System.exit(app.failure().isPresent() ? 1 : 0);
  }
}
