package io.chainexplorer.cli.lagexporter;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.platform.config.KafkaClientSecurity;
import io.chainexplorer.platform.kafka.ConsumerLagMonitor;
import io.chainexplorer.platform.metrics.MetricsServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the lag of every consumer group of a cluster until stopped. */
@Command(
    name = "lag-exporter",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads the committed offsets of every consumer group (apps and connectors) against the"
          + " partitions' last stable offsets and serves them as"
          + " chain_explorer_consumer_lag{group,topic,partition} on host:port/metrics until"
          + " stopped.",
      "Kafka client security (security.protocol, sasl.*, ssl.*) from --config, --set or"
          + " CHAIN_EXPLORER_* environment variables, as every app reads it.",
      "Exit code 0 when stopped, 2 on invalid options."
    })
public final class LagExporterCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions security;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT,...",
      defaultValue = "localhost:9092",
      description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
  String bootstrapServers;

  @Option(
      names = "--metrics-host",
      paramLabel = "HOST",
      defaultValue = "0.0.0.0",
      description = "Address of the metrics endpoint (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      defaultValue = "9408",
      description = "Port of the metrics endpoint; 0: a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--chain",
      paramLabel = "NAME",
      defaultValue = "eth-mainnet",
      description = "Chain tag of the metrics (default: ${DEFAULT-VALUE}).")
  String chain;

  @Option(
      names = "--interval",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Seconds between two reads of the offsets (default: ${DEFAULT-VALUE}).")
  int intervalSeconds;

  @Override
  public Integer call() throws InterruptedException {
    if (intervalSeconds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 1");
    }
    Map<String, Object> client =
        new HashMap<>(KafkaClientSecurity.load(security.file(), security.overrides()));
    client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "lag-exporter-stop"));
    try (Admin admin = Admin.create(client);
        ConsumerLagMonitor lag = new ConsumerLagMonitor(admin).discoverGroups();
        MetricsServer metrics =
            MetricsServer.start(host, port, "lag-exporter", chain, () -> true)) {
      lag.bindTo(metrics.registry());
      lag.refreshEvery(Duration.ofSeconds(intervalSeconds));
      spec.commandLine().getOut().println("consumer lag on " + metrics.metricsUri());
      spec.commandLine().getOut().flush();
      stop.await();
      return CommandLine.ExitCode.OK;
    }
  }
}
