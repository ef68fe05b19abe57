package io.chainexplorer.devstack.run;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.batch.BatchLaunchConfig;
import io.chainexplorer.embedded.ChildProcess;
import io.chainexplorer.embedded.ProjectPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the whole pipeline on this machine, following the head or over a finite range. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Starts the whole pipeline on this machine: Kafka, the Schema Registry, Kafka Connect with"
          + " both sinks, Cassandra as the hot store, the cold store in the data directory, the"
          + " poller, the enricher and the decoder (each its own process), and on the devnet an"
          + " anvil node with traffic. Prints where everything is and a summary line; Ctrl-C"
          + " stops it, and the next run resumes (--fresh starts over).",
      "Public networks take provider keys from the environment file (--env-file, see"
          + " .env.example) or --rpc-url.",
      "--start-block/--end-block (or --stop-after-blocks) make the run finite: once every topic"
          + " has caught up, each is written to --export-dir as <topic>.jsonl and the run exits 0."
          + " A finite range extracts into an empty data directory: one holding an earlier run's"
          + " data is refused unless --fresh. A run that exports starts no stores (Cassandra,"
          + " Connect) unless --stores.",
      "Exit code 0 when stopped or exported, 1 when the pipeline failed, 2 on invalid options:"
          + " among them a --network other than the chain --rpc-url serves, and a finite range"
          + " in a used data directory."
    })
public final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--network",
      paramLabel = "NETWORK",
      description =
          "Network to run: ${COMPLETION-CANDIDATES} (default: the chain --rpc-url serves, by its"
              + " eth_chainId: 1 eth-mainnet, 11155111 eth-sepolia, 31337 devnet, else"
              + " chain-<id>; without --rpc-url: devnet).")
  Network network;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the components keep their data (default: run-data/<network or chain-<id>>).")
  Path dataDir;

  @Option(names = "--fresh", description = "Empty the data directory first instead of resuming.")
  boolean fresh;

  @Option(
      names = "--env-file",
      paramLabel = "FILE",
      defaultValue = ".env",
      description = "NAME=value file of provider keys (default: ${DEFAULT-VALUE}; may be absent).")
  Path envFile;

  @Option(
      names = "--rpc-url",
      paramLabel = "URL",
      description = "Node endpoint instead of the devnet or provider keys; repeatable; a secret.")
  List<String> rpcUrls = new ArrayList<>();

  @Option(names = "--start-block", paramLabel = "A", description = "First block of the range.")
  Long startBlock;

  @Option(names = "--end-block", paramLabel = "B", description = "Last block (included).")
  Long endBlock;

  @Option(
      names = "--stop-after-blocks",
      paramLabel = "N",
      description = "Follow the head for N new blocks, then catch up, export and exit.")
  Long stopAfterBlocks;

  @Option(
      names = "--export-dir",
      paramLabel = "DIR",
      description = "Where a finite run writes <topic>.jsonl files.")
  Path exportDir;

  @Option(names = "--stores", description = "Run Cassandra, Connect and the sinks with files too.")
  boolean stores;

  @Option(names = "--no-stores", description = "No stores, topics only (default: --export-dir).")
  boolean noStores;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "Port of the supervisor's metrics (consumer lag); 0: a free port.")
  int metricsPort;

  @Option(
      names = "--summary-interval",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description = "Seconds between summary lines (default: ${DEFAULT-VALUE}).")
  int summarySeconds;

  @Option(
      names = "--set",
      paramLabel = "APP.KEY=VALUE",
      description =
          "A setting of one app, e.g. block-poller.confirmations=12 or"
              + " contract-decoder.num.stream.threads=2; repeatable; checked against the app's"
              + " configuration reference (chain-explorer config docs). The batch layer's keys"
              + " too, e.g. batch.interval.minutes=0 (no batch runs).")
  Map<String, String> appSettings = new LinkedHashMap<>();

  @Option(
      names = "--app-config",
      paramLabel = "APP=FILE",
      description =
          "A properties file of one app's settings, e.g. block-poller=poller.properties;"
              + " repeatable; --set wins over it.")
  Map<String, Path> appConfigFiles = new LinkedHashMap<>();

  @Override
  public Integer call() throws InterruptedException {
    RunChain chain = chain();
    PipelineSettings settings = settings(chain);
    PipelineOptions options =
        PipelineOptions.defaults().withAppSettings(appSettings()).withStores(withStores());
    RunLogging.toFile(settings.dataDir().resolve("run.log"));
    RunConsole console = new RunConsole(spec.commandLine().getOut());
    ShutdownSignal signal = ShutdownSignal.onJvmShutdown();
    // on Ctrl-C the pipeline stops its children itself, apps first
    ChildProcess.holdShutdownHooks(ShutdownSignal.GRACE);
    try {
      console.print("Starting chain-explorer on " + chain + " in " + settings.dataDir());
      console.print("  log: " + settings.dataDir().resolve("run.log"));
      try (EmbeddedPipeline pipeline =
          EmbeddedPipeline.start(settings, options, console::starting)) {
        console.describe(pipeline);
        console.appSettings(options.appSettings());
        int code =
            bounded() ? runBounded(pipeline, console, signal) : follow(pipeline, console, signal);
        console.print("Stopping ...");
        return code;
      } finally {
        console.print("Stopped.");
      }
    } finally {
      signal.stopped();
    }
  }

  private int follow(EmbeddedPipeline pipeline, RunConsole console, ShutdownSignal signal)
      throws InterruptedException {
    Optional<BatchSchedule> batch = BatchSchedule.forRun(pipeline, appSettings, console::print);
    console.print("Press Ctrl-C to stop.");
    try {
      while (!signal.awaitRequest(Duration.ofSeconds(summarySeconds))) {
        console.summary(pipeline.summary(), batch.map(BatchSchedule::summary));
        pipeline.saveSchemas();
      }
      return CommandLine.ExitCode.OK;
    } finally {
      // a batch child is the run's too: it stops before the pipeline does
      batch.ifPresent(BatchSchedule::close);
    }
  }

  private int runBounded(EmbeddedPipeline pipeline, RunConsole console, ShutdownSignal signal)
      throws InterruptedException {
    long blocks = stopAfterBlocks == null ? 0 : stopAfterBlocks;
    return new BoundedRun(pipeline, console, signal, Duration.ofSeconds(summarySeconds))
        .run(blocks, exportDir);
  }

  private AppSettings appSettings() {
    try {
      BatchSchedule.config(appSettings); // checked before anything starts
      Map<String, String> apps = new LinkedHashMap<>(appSettings);
      apps.keySet().removeAll(BatchLaunchConfig.definition().names());
      return AppSettings.of(appConfigFiles, apps);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** Stores unless told otherwise or only files are asked for. */
  private boolean withStores() {
    return stores || (!noStores && exportDir == null);
  }

  private boolean bounded() {
    return endBlock != null || stopAfterBlocks != null;
  }

  /**
   * The chain of this run: with {@code --rpc-url}, the one its endpoints serve, which a {@code
   * --network} given too must be; otherwise {@code --network}, by default the devnet.
   */
  private RunChain chain() throws InterruptedException {
    check();
    if (rpcUrls.isEmpty()) {
      return RunChain.of(network == null ? Network.devnet : network);
    }
    try {
      return RunChain.served(new ChainIdProbe().chainId(rpcUrls), network);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private PipelineSettings settings(RunChain chain) {
    Map<String, String> environment = DotEnv.read(envFile);
    if (network != null
        && !network.isDevnet()
        && rpcUrls.isEmpty()
        && !network.hasProviderKeys(environment)) {
      throw new ParameterException(
          spec.commandLine(),
          network
              + " needs provider keys: set "
              + Network.INFURA_KEYS
              + " or "
              + Network.ALCHEMY_KEYS
              + " in "
              + envFile
              + " (see .env.example) or give --rpc-url");
    }
    try {
      return new PipelineSettings(
          chain,
          prepareDataDir(chain),
          rpcUrls,
          environment,
          startBlock == null ? OptionalLong.empty() : OptionalLong.of(startBlock),
          endBlock == null ? OptionalLong.empty() : OptionalLong.of(endBlock),
          metricsPort);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private void check() {
    if (endBlock != null && stopAfterBlocks != null) {
      throw new ParameterException(
          spec.commandLine(), "--end-block and --stop-after-blocks exclude each other");
    }
    if (stopAfterBlocks != null && stopAfterBlocks < 1) {
      throw new ParameterException(spec.commandLine(), "--stop-after-blocks must be at least 1");
    }
    if (stores && noStores) {
      throw new ParameterException(
          spec.commandLine(), "--stores and --no-stores exclude each other");
    }
    if (exportDir != null && !bounded()) {
      throw new ParameterException(
          spec.commandLine(), "--export-dir needs --end-block or --stop-after-blocks");
    }
    if (summarySeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--summary-interval must be at least 1");
    }
  }

  private Path prepareDataDir(RunChain chain) {
    Path dir = dataDir != null ? dataDir : defaultDataDir(ProjectPaths.root(), chain);
    if (endBlock != null && !fresh && RunDataDir.holdsEarlierRun(dir)) {
      // its topics hold what an earlier run published: the range would be exported from them
      // without a block fetched, and a re-extraction would silently not be one
      throw new ParameterException(
          spec.commandLine(),
          dir.toAbsolutePath().normalize()
              + " holds an earlier run's data: a finite range is extracted into an empty data"
              + " directory; add --fresh to empty it first, or give another --data-dir");
    }
    try {
      return RunDataDir.prepare(dir, fresh);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** Where a run keeps its data unless told: {@code run-data/<network or chain name>}. */
  static Path defaultDataDir(Path root, RunChain chain) {
    return root.resolve("run-data").resolve(chain.dataDirName());
  }
}
