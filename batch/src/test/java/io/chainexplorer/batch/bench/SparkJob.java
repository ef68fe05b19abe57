package io.chainexplorer.batch.bench;

import io.chainexplorer.batch.job.BatchJob;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link BatchJob} in a JVM of its own, as {@code make batch} runs it: this JVM's options (Spark's
 * Java 17 list) and classpath, a heap of its own; timed from launch to exit, start-up included.
 */
final class SparkJob {

  private static final Pattern MODE = Pattern.compile("\"mode\"\\s*:\\s*\"([^\"]+)\"");

  /** What one run took and, when the job wrote {@code _batch_run.json}, the mode it reported. */
  record Result(long wallMillis, String mode) {}

  private final String heap;
  private final List<String> sparkConf;
  private final Path logs;

  /**
   * Jobs with a heap of {@code heap} (e.g. {@code 3g}), Spark settings {@code sparkConf} ({@code
   * key=value}, passed as system properties, which Spark's configuration reads) and their output
   * under {@code logs}.
   */
  SparkJob(String heap, List<String> sparkConf, Path logs) {
    this.heap = heap;
    this.sparkConf = sparkConf;
    this.logs = logs;
  }

  /**
   * Runs the job on {@code coldStore} into {@code out} with {@code options}; fails unless it exits
   * 0.
   */
  Result run(String name, Path coldStore, Path out, List<String> options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!option.startsWith("-Xmx")) {
        command.add(option);
      }
    }
    sparkConf.forEach(setting -> command.add("-D" + setting));
    command.addAll(
        List.of(
            "-Xmx" + heap,
            "-cp",
            System.getProperty("java.class.path"),
            BatchJob.class.getName(),
            "--cold-store",
            coldStore.toUri().toString(),
            "--out",
            out.toString(),
            "--master",
            "local[2]"));
    command.addAll(options);
    Path log = logs.resolve(name + ".log");
    Files.createDirectories(logs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    long start = System.nanoTime();
    int exit = builder.start().waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException("BatchJob " + name + " exited " + exit + ", see " + log);
    }
    return new Result(millis, mode(out));
  }

  /** The mode {@code <out>/_batch_run.json} reports; a job without one recomputes every day. */
  private static String mode(Path out) throws IOException {
    Path run = out.resolve("_batch_run.json");
    if (!Files.exists(run)) {
      return "full (no _batch_run.json)";
    }
    Matcher mode = MODE.matcher(Files.readString(run, StandardCharsets.UTF_8));
    return mode.find() ? mode.group(1) : "unknown";
  }
}
