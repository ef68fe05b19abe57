package io.chainexplorer.bench.e2e;

import io.chainexplorer.devstack.run.EmbeddedPipeline;
import io.chainexplorer.devstack.run.ServiceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Peak resident memory (VmRSS of {@code /proc/<pid>/status}) of every process of the pipeline: this
 * JVM, the processes the pipeline names (apps, broker, Connect), and every other descendant named
 * by what it runs.
 */
final class ServiceMemory {

  /** Main classes and jars of the infrastructure's JVMs; anvil is recognised by its executable. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "org.apache.cassandra.service.CassandraDaemon", "cassandra",
          "schema-registry-runner", "schema-registry",
          "org.apache.kafka.connect.cli.ConnectDistributed", "kafka-connect");

  private static final Duration EVERY = Duration.ofSeconds(3);

  private final Map<String, Long> peakKb = new TreeMap<>();

  /** Starts sampling the processes of {@code pipeline} every 3 s, until the sampler is closed. */
  static Sampler sample(EmbeddedPipeline pipeline) {
    return new Sampler(pipeline);
  }

  /** Peak RSS per service of one pipeline since the sampler started. */
  static final class Sampler implements AutoCloseable {
    private final ServiceMemory memory = new ServiceMemory();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    private Sampler(EmbeddedPipeline pipeline) {
      executor.scheduleAtFixedRate(
          () -> sampleOnce(pipeline), 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sampleOnce(EmbeddedPipeline pipeline) {
      try {
        memory.sample(pipeline.services());
      } catch (RuntimeException ignored) {
        // a process restarting has no pid for a moment; a failed task would stop the schedule
      }
    }

    Map<String, Long> peakMb() {
      return memory.peakMb();
    }

    @Override
    public void close() {
      executor.shutdownNow();
    }
  }

  /** Reads every process's RSS once and keeps the highest value seen per service. */
  synchronized void sample(List<ServiceInfo> services) {
    Set<Long> named = new HashSet<>();
    for (ServiceInfo service : services) {
      named.add(service.pid());
      String name = "run".equals(service.name()) ? "run (supervisor, probes)" : service.name();
      record(name, service.pid());
    }
    ProcessHandle.current()
        .descendants()
        .filter(process -> !named.contains(process.pid()))
        .forEach(process -> record(label(process.pid()), process.pid()));
  }

  /** Peak RSS per service in MB. */
  synchronized Map<String, Long> peakMb() {
    Map<String, Long> mb = new TreeMap<>();
    peakKb.forEach((name, kb) -> mb.put(name, kb / 1024));
    return mb;
  }

  private void record(String name, long pid) {
    long kb = rssKb(pid);
    if (kb > 0) {
      peakKb.merge(name, kb, Math::max);
    }
  }

  private static String label(long pid) {
    String command = commandLine(pid);
    for (Map.Entry<String, String> known : KNOWN.entrySet()) {
      if (command.contains(known.getKey())) {
        return known.getValue();
      }
    }
    String first = command.split(" ", 2)[0];
    String executable = Path.of(first.isEmpty() ? "pid" : first).getFileName().toString();
    return "anvil".equals(executable) ? executable : executable + " (pid " + pid + ")";
  }

  private static String commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
    } catch (IOException e) {
      return "";
    }
  }

  /** VmRSS in kB, or 0 when the process is gone. */
  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}
