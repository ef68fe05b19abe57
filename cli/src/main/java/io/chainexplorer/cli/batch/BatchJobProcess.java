package io.chainexplorer.cli.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * BatchJob in a child JVM on the batch module's own classpath with Spark's Java 17 options; a local
 * master binds to the loopback. {@link #close()} stops it and every process it started.
 */
public final class BatchJobProcess implements AutoCloseable {

  static final String MAIN_CLASS = "io.chainexplorer.batch.job.BatchJob";

  /** How long a stopped job has to end after SIGTERM before it is killed. */
  private static final long STOP_GRACE_SECONDS = 10;

  private final Process process;
  private final List<Thread> pumps = new ArrayList<>();

  private BatchJobProcess(Process process) {
    this.process = process;
  }

  /** Starts the job; it runs until it exits or {@link #close()} stops it. */
  public static BatchJobProcess start(
      BatchInstallation installation, String heap, BatchRunRequest request, JobOutput output) {
    ProcessBuilder builder = new ProcessBuilder(command(installation, heap, request));
    if (request.sparkMaster().startsWith("local")) {
      // Spark binds its driver to the first non-loopback address otherwise
      builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    }
    try {
      if (output instanceof JobOutput.LogFile log) {
        Files.createDirectories(log.file().toAbsolutePath().getParent());
        builder
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.file().toFile()));
        return new BatchJobProcess(builder.start());
      }
      JobOutput.Console console = (JobOutput.Console) output;
      BatchJobProcess job = new BatchJobProcess(builder.start());
      job.pump(job.process.getInputStream(), console.out(), "batch-stdout");
      job.pump(job.process.getErrorStream(), console.err(), "batch-stderr");
      return job;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the batch job", e);
    }
  }

  /** The full command line: no secret is ever on it, the cold store's URI names no credentials. */
  static List<String> command(
      BatchInstallation installation, String heap, BatchRunRequest request) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.addAll(installation.jvmOptions());
    if (request.sparkMaster().startsWith("local")) {
      command.add("-Dspark.driver.bindAddress=127.0.0.1");
    }
    command.add("-cp");
    command.add(installation.classpath());
    command.add(MAIN_CLASS);
    command.addAll(request.jobArguments());
    return command;
  }

  /** Waits for the job's exit code, every line of its output passed on. */
  public int awaitExit() throws InterruptedException {
    int code = process.waitFor();
    for (Thread pump : pumps) {
      pump.join();
    }
    return code;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops the job (SIGTERM, then SIGKILL after a grace period) and whatever it started. */
  @Override
  public void close() {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  private void pump(InputStream from, PrintWriter to, String name) {
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  synchronized (to) {
                    to.println(line);
                    to.flush();
                  }
                }
              } catch (IOException e) {
                // the child was stopped: nothing more to pass on
              }
            },
            name);
    pump.setDaemon(true);
    pump.start();
    pumps.add(pump);
  }
}
