package io.chainexplorer.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command run as a child process that can be killed as a crash would kill it, stopped
 * gracefully and started again with the same command, working directory and log file; a start
 * returns once the owner's readiness check passes.
 */
final class RestartableChild {

  private static final Logger LOG = LoggerFactory.getLogger(RestartableChild.class);

  /** Waits until a freshly started child serves; throws {@link IllegalStateException} if not. */
  @FunctionalInterface
  interface Readiness {
    void await(ChildProcess child);
  }

  private final String name;
  private final String description;
  private final List<String> command;
  private final Path workDir;
  private final Path logFile;
  private final Readiness readiness;
  private ChildProcess process;

  /**
   * @param name the child's short name, as {@link ChildProcess#name()}
   * @param description what log lines and errors call it, e.g. "Kafka broker at 127.0.0.1:9092"
   * @param logFile where stdout and stderr go, appended across restarts
   */
  RestartableChild(
      String name,
      String description,
      List<String> command,
      Path workDir,
      Path logFile,
      Readiness readiness) {
    this.name = name;
    this.description = description;
    this.command = List.copyOf(command);
    this.workDir = workDir;
    this.logFile = logFile;
    this.readiness = readiness;
  }

  /** Starts the child and waits until it is ready; a child that is not ready is killed. */
  synchronized void start() {
    ChildProcess started = ChildProcess.start(name, command, workDir, logFile);
    process = started;
    try {
      readiness.await(started);
    } catch (IllegalStateException e) {
      kill();
      throw new IllegalStateException(e.getMessage() + " (see " + logFile + ")", e);
    }
    LOG.info("{} ready (pid {})", description, started.pid());
  }

  /** The child's pid; only while it runs. */
  synchronized long pid() {
    if (process == null) {
      throw new IllegalStateException(description + " is not running");
    }
    return process.pid();
  }

  synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The child's stdout and stderr, kept across restarts. */
  Path logFile() {
    return logFile;
  }

  /** SIGKILL, as a crash would: no shutdown hook, no flush. */
  synchronized void kill() {
    if (process != null) {
      process.kill();
      forget("killed");
    }
  }

  /** SIGTERM: the child shuts down in its own way. */
  synchronized void stop() {
    if (process != null) {
      forget("stopped");
    }
  }

  /** Starts the child again, stopping it first if it runs. */
  synchronized void restart() {
    stop();
    start();
  }

  /**
   * Waits until the child exits by itself (a halt at a fault point, a fatal error) and forgets it,
   * so that {@link #restart()} starts a new one.
   */
  synchronized void awaitExit(Duration timeout) {
    if (process == null) {
      return;
    }
    try {
      if (!process.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(description + " did not exit within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + description, e);
    }
    forget("exited with " + process.process().exitValue());
  }

  private void forget(String how) {
    process.close();
    process = null;
    LOG.info("{} {}", description, how);
  }
}
