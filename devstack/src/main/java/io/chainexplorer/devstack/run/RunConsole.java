package io.chainexplorer.devstack.run;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** What {@code run} prints: progress while starting, where everything is, the summary line. */
final class RunConsole {

  /** What a run without stores says in place of them. */
  static final String NO_STORES = "none (--no-stores): no Cassandra, no Kafka Connect";

  private final PrintWriter out;

  RunConsole(PrintWriter out) {
    this.out = out;
  }

  void starting(String component) {
    print("  starting " + component + " ...");
  }

  void print(String line) {
    out.println(line);
    out.flush();
  }

  void describe(EmbeddedPipeline pipeline) {
    out.println();
    out.println("chain-explorer is running on " + pipeline.settings().chainName() + ":");
    row("Kafka bootstrap servers", pipeline.kafka());
    row("Schema Registry URL", pipeline.schemaRegistryUrl());
    if (pipeline.hasStores()) {
      row("Kafka Connect REST URL", pipeline.connectRestUrl());
      row(
          "CQL (Cassandra) host:port",
          pipeline.cqlHostPort() + "  (datacenter " + pipeline.cqlLocalDatacenter() + ")");
    }
    pipeline.anvilRpcUrl().ifPresent(url -> row("anvil JSON-RPC URL", url + "  (chain id 31337)"));
    if (pipeline.hasStores()) {
      row("cold store", pipeline.coldStore().toString());
    } else {
      row("stores", NO_STORES);
    }
    row("data dir", pipeline.settings().dataDir().toString());
    out.println();
    out.println("Services (metrics):");
    for (ServiceInfo service : pipeline.services()) {
      String endpoint = service.metricsEndpoint().map(URI::toString).orElse("(none)");
      row(service.name(), endpoint + "  (pid " + service.pid() + ")");
    }
    out.println();
    out.println("Topics:");
    List<String> names = pipeline.topics().all().stream().map(t -> t.name()).toList();
    names.forEach(name -> out.println("  " + name));
    out.println();
    if (pipeline.hasStores()) {
      out.println(
          "Hot store query example (cqlsh " + pipeline.cqlHostPort().replace(':', ' ') + "):");
      out.println("  " + StoreCounts.exampleQuery(pipeline.keyspace()));
      out.println();
    }
    out.flush();
  }

  /** The user's settings of the apps, when there are any. */
  void appSettings(AppSettings settings) {
    if (!settings.lines().isEmpty()) {
      out.println("App settings (--set, --app-config):");
      settings.lines().forEach(line -> out.println("  " + line));
      out.println();
      out.flush();
    }
  }

  void summary(RunSummary summary) {
    summary(summary, Optional.empty());
  }

  /** The summary line, the batch layer's last run at its end when the run has one. */
  void summary(RunSummary summary, Optional<String> batch) {
    print(summary.line() + batch.map(text -> " | " + text).orElse(""));
  }

  private void row(String label, String value) {
    out.printf("  %-27s %s%n", label, value);
  }
}
