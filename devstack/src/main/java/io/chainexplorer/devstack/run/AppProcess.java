package io.chainexplorer.devstack.run;

import io.chainexplorer.cli.ChainExplorer;
import io.chainexplorer.embedded.ChildProcess;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * One pipeline app ({@code poll}, {@code backfill}, {@code enrich}, {@code decode}) as a child JVM
 * of this same command line, with its configuration file and metrics port; it can be killed and
 * started again on the same configuration.
 */
final class AppProcess implements AutoCloseable {

  private static final String HEAP = "-Xmx384m";
  private static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final String ENV_PREFIX = "CHAIN_EXPLORER_";

  private final String name;
  private final List<String> arguments;
  private final Map<String, String> environment;
  private final Path workDir;
  private final int metricsPort;
  private ChildProcess process;

  /**
   * An app not started yet.
   *
   * @param environment added to the child's environment (secrets go here, never in files)
   */
  AppProcess(
      String name,
      List<String> arguments,
      Map<String, String> environment,
      Path workDir,
      int metricsPort) {
    this.name = name;
    this.arguments = List.copyOf(arguments);
    this.environment = Map.copyOf(environment);
    this.workDir = workDir;
    this.metricsPort = metricsPort;
  }

  String name() {
    return name;
  }

  int metricsPort() {
    return metricsPort;
  }

  String metricsUrl() {
    return "http://127.0.0.1:" + metricsPort + "/metrics";
  }

  Path logFile() {
    return workDir.resolve(name + ".log");
  }

  synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The exit code once the app has exited on its own; empty while it runs or was never started. */
  synchronized OptionalInt exitCode() {
    if (process == null || process.isAlive()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(process.process().exitValue());
  }

  /** Starts the app unless it runs. */
  synchronized void start() {
    if (isAlive()) {
      return;
    }
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    // Block verification's SIMD Keccak, scalar while C1 alone compiles (TieredStopAtLevel below);
    // a JVM asked for a module its runtime lacks would not start.
    if (ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent()) {
      command.add("--add-modules=" + VECTOR_MODULE);
    }
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ChainExplorer.class.getName());
    command.addAll(arguments);
    process =
        ChildProcess.start(
            name,
            command,
            workDir,
            logFile(),
            inherited -> {
              // the pipeline's settings win over CHAIN_EXPLORER_* variables of the caller's shell
              inherited.keySet().removeIf(key -> key.startsWith(ENV_PREFIX));
              inherited.putAll(environment);
            });
  }

  /** SIGKILL, as a crash would. */
  synchronized void kill() {
    if (process != null) {
      process.kill();
    }
  }

  /** Waits up to {@code timeout} for the app to exit on its own; true when it has. */
  boolean awaitExit(Duration timeout) throws InterruptedException {
    ChildProcess child;
    synchronized (this) {
      child = process;
    }
    return child == null || child.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops the app as Ctrl-C would (SIGTERM, then SIGKILL after a grace period). */
  @Override
  public synchronized void close() {
    if (process != null) {
      process.close();
    }
  }
}
