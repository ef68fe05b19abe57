package io.chainexplorer.cli.batch;

import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.cli.VersionProvider;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the batch layer once: the Spark job in a JVM of its own, then the later steps. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds the batch views over a cold store: BatchJob in a child JVM on the batch module's"
          + " classpath (batch.home) with Spark's Java 17 options, its output shown as it comes.",
      "By default it reads the cold store of `chain-explorer run` (<data dir>/cold-store) and"
          + " writes the views to <data dir>/batch; --cold-store and --out name any other, e.g."
          + " hdfs://namenode:8020/chain-explorer.",
      "Launch settings (batch.home, batch.heap, spark.master) from --set or CHAIN_EXPLORER_*"
          + " environment variables (see the README's configuration reference).",
      "With a hot store (scylla.contact.points from --hot-store-config, CHAIN_EXPLORER_SCYLLA_*"
          + " or --set; passwords from the file or the environment only), the views are then"
          + " loaded into its batch tables and reconciled with the speed layer.",
      "Exit code 0 when every view was written (and loaded; drift is printed, not a failure),"
          + " 1 when one failed (named on the standard error), 2 on invalid options."
    })
public final class BatchRunCommand implements Callable<Integer> {

  /** The chain BatchJob reads when none is given and none can be inferred. */
  static final String DEFAULT_CHAIN = "eth-mainnet";

  @Spec CommandSpec spec;

  @Option(
      names = "--view",
      paramLabel = "VIEW",
      description = "A view to build (repeatable; default: every view).")
  List<String> views = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "First UTC day to build.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last UTC day to build.")
  LocalDate to;

  @Option(names = "--full", description = "Recompute every day, not only what changed.")
  boolean full;

  @Option(
      names = "--export-dir",
      paramLabel = "DIR",
      description = "Also write each view as DIR/<view>.jsonl.")
  Path exportDir;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Data directory of `chain-explorer run` (default: run-data/<network> under"
              + " CHAIN_EXPLORER_HOME).")
  Path dataDir;

  @Option(
      names = "--network",
      paramLabel = "NAME",
      defaultValue = "devnet",
      description = "Network whose default data directory is read (default: ${DEFAULT-VALUE}).")
  String network;

  @Option(
      names = "--cold-store",
      paramLabel = "URI",
      description = "A cold store instead of the data directory's (hdfs://, file:// or a path).")
  String coldStore;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the views go (--cold-store).")
  Path out;

  @Option(
      names = "--chain",
      paramLabel = "NAME",
      description =
          "Chain directory of the cold store (default: the only one of the data directory's"
              + " cold store, else "
              + DEFAULT_CHAIN
              + ").")
  String chain;

  @Option(
      names = {"-s", "--set"},
      paramLabel = "KEY=VALUE",
      description =
          "A launch setting (batch.home, batch.heap, spark.master) or a hot-store key"
              + " (scylla.contact.points, ...; no password); repeatable.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(
      names = "--hot-store-config",
      paramLabel = "FILE",
      description =
          "Properties file of the hot store the views are loaded into (scylla.* keys, as the"
              + " ScyllaDB sink's); none: the views are only written.")
  Path hotStoreConfig;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> launchSettings = new LinkedHashMap<>(settings);
    Map<String, String> hotStoreOverrides = HotStoreSettings.keysIn(settings);
    launchSettings.keySet().removeAll(hotStoreOverrides.keySet());
    BatchLaunchConfig config = BatchLaunchConfig.load(launchSettings);
    ServingStep serving =
        new ServingStep(
            HotStoreSettings.load(hotStoreConfig, System.getenv(), hotStoreOverrides),
            new BatchServingMetrics());
    BatchRunRequest request = request(config);
    PrintWriter err = spec.commandLine().getErr();
    BatchInstallation installation;
    try {
      installation = BatchInstallation.in(config.home(BatchLaunchConfig.installationRoot()));
    } catch (IllegalStateException e) {
      err.println("batch: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    BatchPipeline pipeline = BatchPipeline.standard(installation, config.heap(), serving);
    Thread stopOnExit = new Thread(pipeline::stop, "batch-run-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      int code = pipeline.run(request, new JobOutput.Console(spec.commandLine().getOut(), err));
      BatchRunReport.read(request.runReport())
          .ifPresent(
              report ->
                  spec.commandLine()
                      .getOut()
                      .println("batch run: " + report.line() + driftNote(pipeline)));
      spec.commandLine().getOut().flush();
      return code;
    } finally {
      removeHook(stopOnExit);
    }
  }

  private static String driftNote(BatchPipeline pipeline) {
    return pipeline.lastDrift().map(drift -> ", drift " + drift).orElse("");
  }

  private BatchRunRequest request(BatchLaunchConfig config) {
    if ((coldStore == null) != (out == null)) {
      throw new ParameterException(spec.commandLine(), "--cold-store and --out go together");
    }
    if (coldStore != null && dataDir != null) {
      throw new ParameterException(
          spec.commandLine(), "--data-dir excludes --cold-store and --out");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    String store;
    Path output;
    String chainName;
    if (coldStore != null) {
      store = coldStore;
      output = out.toAbsolutePath().normalize();
      chainName = chain != null ? chain : DEFAULT_CHAIN;
    } else {
      RunDataLayout layout = RunDataLayout.of(dataDirectory());
      if (!Files.isDirectory(layout.coldStore())) {
        throw new ParameterException(
            spec.commandLine(),
            "no cold store in "
                + layout.dataDir()
                + ": start chain-explorer run first, or give --data-dir or --cold-store and --out");
      }
      store = layout.coldStore().toString();
      output = layout.batchOutput();
      chainName = chain != null ? chain : layout.onlyChain().orElse(DEFAULT_CHAIN);
    }
    return new BatchRunRequest(
        store,
        output,
        chainName,
        config.sparkMaster(),
        views,
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        full,
        Optional.ofNullable(exportDir).map(dir -> dir.toAbsolutePath().normalize()));
  }

  private Path dataDirectory() {
    if (dataDir != null) {
      return dataDir;
    }
    return BatchLaunchConfig.installationRoot().resolve("run-data").resolve(network);
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running or has run, stopping the job
    }
  }
}
