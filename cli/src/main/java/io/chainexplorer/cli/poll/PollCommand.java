package io.chainexplorer.cli.poll;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.ConfigLog;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.poller.PollerApp;
import io.chainexplorer.poller.PollerSources;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.publish.PollerTopics;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the block poller of one chain (leader or hot standby) until Ctrl-C or a fatal error. */
@Command(
    name = "poll",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Follows the head of one EVM chain and publishes each block, its reorg retractions and the"
          + " poller's cursor to Kafka in one transaction; resumes from the cursor after a restart.",
      "Several instances of one chain elect one leader; the others wait as hot standby and take"
          + " over within 30 s of its death.",
      "Configuration: defaults < --config file < CHAIN_EXPLORER_* environment < --set/--rpc-url"
          + " (see `chain-explorer config-docs`). Metrics on metrics.host:metrics.port/metrics.",
      "Exit code 0 when stopped, 1 on a fatal error (such as a reorg deeper than"
          + " reorg.window.blocks), 2 on an invalid configuration, or when the chain's namespace"
          + " holds raw blocks of another chain id than the providers serve."
    })
public final class PollCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions options;

  @Mixin ProviderOptions providers;

  @Override
  public Integer call() throws InterruptedException {
    PollerConfig config = loadConfig(ConfigLoader.of(PollerConfig.definition()));
    ConfigLog.logEffective(config);
    Clock clock = Clock.systemUTC();
    AtomicReference<PollerApp> running = new AtomicReference<>();
    try (MetricsServer metrics =
        MetricsServer.start(
            config.metricsHost(),
            config.metricsPort(),
            config.serviceName(),
            config.chainName(),
            () -> running.get() != null && running.get().isHealthy())) {
      // The key pool reads its usage topic at start: the topics must exist before it.
      PollerTopics.ensure(config);
      try (PollerSources sources =
              PollerSources.open(config, System.getenv(), clock, metrics.registry());
          PollerApp app =
              PollerApp.start(
                  config, sources.source(), sources.tokens(), metrics.registry(), clock)) {
        running.set(app);
        Thread stop = new Thread(app::close, "chain-explorer-poll-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (!app.awaitTermination(Duration.ofMinutes(1))) {
          // keeps waiting: the poller stops on a fatal error or through the shutdown hook
        }
        if (app.failure().isPresent()) {
          spec.commandLine().getErr().println("poll stopped: " + app.failure().get().getMessage());
          return CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
      }
    }
  }

  /** The poller's configuration, with the open {@code provider.<name>.*} sections of the pool. */
  PollerConfig loadConfig(ConfigLoader loader) {
    return providers.load(loader, options, Map.of());
  }
}
