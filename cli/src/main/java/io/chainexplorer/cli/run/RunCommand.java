package io.chainexplorer.cli.run;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.embedded.ProjectPaths;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the embedded infrastructure, prints where each part listens, and stops it on Ctrl-C. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Starts the embedded infrastructure (Kafka, Schema Registry, Kafka Connect, Cassandra for"
          + " ScyllaDB, anvil), prints where each listens and runs until Ctrl-C.",
      "The pipeline apps join it in later issues."
    })
public final class RunCommand implements Callable<Integer> {

  /** The networks {@code run} knows; only the local devnet until the pipeline apps arrive. */
  public enum Network {
    devnet
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--network",
      paramLabel = "NETWORK",
      defaultValue = "devnet",
      description = "Network to run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Network network;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the components keep their data, emptied at each start"
              + " (default: run-data/<network> in the checkout).")
  Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    Path dir = prepareDataDir();
    PrintWriter out = spec.commandLine().getOut();
    ShutdownSignal signal = ShutdownSignal.onJvmShutdown();
    try {
      out.println("Starting the embedded infrastructure of " + network + " in " + dir);
      out.flush();
      try (EmbeddedInfrastructure stack =
          EmbeddedInfrastructure.start(dir, name -> announce(out, name))) {
        describe(out, stack);
        signal.awaitRequest();
        out.println("Stopping ...");
        out.flush();
      }
      out.println("Stopped.");
      out.flush();
      return CommandLine.ExitCode.OK;
    } finally {
      signal.stopped();
    }
  }

  private Path prepareDataDir() {
    Path dir =
        dataDir != null ? dataDir : ProjectPaths.root().resolve("run-data").resolve(network.name());
    try {
      return RunDataDir.prepare(dir);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private static void announce(PrintWriter out, String component) {
    out.println("  starting " + component + " ...");
    out.flush();
  }

  private static void describe(PrintWriter out, EmbeddedInfrastructure stack) {
    out.println();
    out.println("chain-explorer embedded infrastructure is up:");
    row(out, "Kafka bootstrap servers", stack.kafkaBootstrapServers());
    row(out, "Schema Registry URL", stack.schemaRegistryUrl());
    row(out, "Kafka Connect REST URL", stack.connectRestUrl());
    row(
        out,
        "CQL (Cassandra) host:port",
        stack.cqlHostPort() + "  (datacenter " + stack.cqlLocalDatacenter() + ")");
    row(
        out,
        "anvil JSON-RPC URL",
        stack.anvilRpcUrl() + "  (chain id " + stack.anvilChainId() + ")");
    row(out, "data dir", stack.dataDir().toString());
    out.println();
    out.println(
        "Only the infrastructure runs for now: the pipeline apps (block-poller, tx-enricher,"
            + " contract-decoder) and the sinks arrive with later issues.");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  private static void row(PrintWriter out, String label, String value) {
    out.printf("  %-27s %s%n", label, value);
  }
}
