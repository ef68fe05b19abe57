package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process of the embedded stack: output to a log file, killed with its JVM.
 *
 * <p>A child outlives a JVM that dies before its cleanup runs, so every child is registered with a
 * shutdown hook that destroys it (and its descendants) by pid.
 */
public final class ChildProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
  private static volatile Duration hookGrace = Duration.ZERO;

  private final String name;
  private final Process process;
  private final Path logFile;
  private final Thread shutdownHook;

  private ChildProcess(String name, Process process, Path logFile) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
    this.shutdownHook = new Thread(this::destroyAtExit, "kill-" + name);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts {@code command} in {@code workDir}, stdout and stderr appended to {@code logFile}. */
  public static ChildProcess start(String name, List<String> command, Path workDir, Path logFile) {
    return start(name, command, workDir, logFile, environment -> {});
  }

  /**
   * Starts {@code command} as above, with the environment it inherits edited by {@code environment}
   * first (e.g. to hand it a secret without writing it to a file).
   */
  public static ChildProcess start(
      String name,
      List<String> command,
      Path workDir,
      Path logFile,
      Consumer<Map<String, String>> environment) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    environment.accept(builder.environment());
    try {
      Process process = builder.start();
      LOG.info("started {} (pid {}), log in {}", name, process.pid(), logFile);
      return new ChildProcess(name, process, logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command.get(0), e);
    }
  }

  /**
   * Lets the owners of the children stop them in their own order when the JVM is asked to exit
   * (Ctrl-C): each child's shutdown hook then waits up to {@code grace} for its owner to stop it
   * before destroying it.
   */
  public static void holdShutdownHooks(Duration grace) {
    hookGrace = grace;
  }

  public String name() {
    return name;
  }

  public Process process() {
    return process;
  }

  public long pid() {
    return process.pid();
  }

  public Path logFile() {
    return logFile;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the port, failing with the process's log file named when it does not come up. */
  public void awaitListening(int port, Duration timeout) {
    try {
      FreePorts.awaitListening(name, port, process, timeout);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + " (see " + logFile + ")", e);
    }
  }

  /** SIGKILL, as a crash would: no shutdown hooks, no flush. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  @Override
  public void close() {
    destroyTree();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      LOG.debug("JVM shutting down; hook for {} runs anyway", name);
    }
  }

  private void destroyAtExit() {
    if (!hookGrace.isZero()) {
      awaitExit(hookGrace);
    }
    destroyTree();
  }

  private void destroyTree() {
    if (!process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!awaitExit(Duration.ofSeconds(15))) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(15));
    }
  }

  private boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
