package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real Kafka Connect worker (distributed mode) in a child JVM that can be killed as a crash would
 * kill it ({@link #kill()}: SIGKILL, no shutdown hook runs) and restarted with the same group, REST
 * port and internal topics, so it resumes from the offsets Kafka holds.
 *
 * <p>The child's classpath is this JVM's (or {@link Options#classpath}); with {@link
 * Options#pluginPath} it loses every jar and connector the plugin directories provide, so the
 * connectors load from their packaged directories in isolation, as in a production worker.
 */
public final class ConnectWorkerProcess extends RestBackedWorker {

  /** The system property the sinks read for their worker-wide Prometheus endpoint's port. */
  public static final String SINK_METRICS_PORT_PROPERTY = "chainexplorer.sink.metrics.port";

  private static final String MAIN_CLASS = "org.apache.kafka.connect.cli.ConnectDistributed";

  private final Path workDir;
  private final int restPort;
  private final Duration startTimeout;
  private final RestartableChild child;

  private ConnectWorkerProcess(
      String bootstrapServers, Options options, Path workDir, int restPort) {
    super(urlOf(restPort));
    this.workDir = workDir;
    this.restPort = restPort;
    this.startTimeout = options.startTimeout;
    // The properties may hold Kafka passwords: they stay in the owner-only temporary directory,
    // never on the child's command line.
    Path properties = workDir.resolve("worker.properties");
    write(properties, render(options.workerConfig(bootstrapServers, restPort)));
    Path jvmArgs = workDir.resolve("jvm.args");
    write(jvmArgs, "-cp\n\"" + escape(options.effectiveClasspath()) + "\"\n");
    this.child =
        new RestartableChild(
            "connect-worker",
            "Connect worker at " + urlOf(restPort),
            command(options, jvmArgs, properties),
            workDir,
            workDir.resolve("connect.log"),
            started -> rest().awaitReady(startTimeout, started::isAlive));
  }

  /** Settings of a child worker; defaults as {@link EmbeddedConnect}, 384 MB heap. */
  public static final class Options extends WorkerOptions<Options> {
    private final List<Path> pluginPath = new ArrayList<>();
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private String classpath;
    private String heap = "384m";
    private Duration startTimeout = Duration.ofSeconds(120);

    public Options() {
      super("connect-worker");
      // A killed worker's consumers must leave their groups soon for the restarted one to resume.
      set("session.timeout.ms", "6000");
      set("heartbeat.interval.ms", "2000");
      set("consumer.session.timeout.ms", "6000");
      set("consumer.heartbeat.interval.ms", "2000");
    }

    @Override
    Options self() {
      return this;
    }

    /** Connect plugin directories ({@code plugin.path}); their contents leave the classpath. */
    public Options pluginPath(Path... dirs) {
      for (Path dir : dirs) {
        pluginPath.add(dir.toAbsolutePath().normalize());
      }
      return this;
    }

    /** The child's classpath; by default this JVM's {@code java.class.path}. */
    public Options classpath(String classpath) {
      this.classpath = classpath;
      return this;
    }

    /** The heap size, as in {@code -Xmx}. */
    public Options heap(String heap) {
      this.heap = heap;
      return this;
    }

    /** A {@code -D} property of the child JVM only, e.g. to arm a fault point. */
    public Options systemProperty(String key, String value) {
      systemProperties.put(key, value);
      return this;
    }

    /** The port of the sinks' worker-wide Prometheus endpoint ({@code /metrics}). */
    public Options sinkMetricsPort(int port) {
      return systemProperty(SINK_METRICS_PORT_PROPERTY, Integer.toString(port));
    }

    /** How long to wait for the REST API (120 s by default: two cores shared with a build). */
    public Options startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    String effectiveClasspath() {
      if (classpath != null) {
        return classpath;
      }
      return WorkerClasspath.inheritedWithout(pluginPath);
    }

    @Override
    Map<String, String> workerConfig(String bootstrapServers, int restPort) {
      Map<String, String> config = super.workerConfig(bootstrapServers, restPort);
      if (!pluginPath.isEmpty()) {
        config.putIfAbsent(
            "plugin.path", String.join(",", pluginPath.stream().map(Path::toString).toList()));
      }
      return config;
    }
  }

  /** Starts a child worker and waits until its REST API answers. */
  public static ConnectWorkerProcess start(String bootstrapServers, Options options) {
    return start(bootstrapServers, options, FreePorts.next());
  }

  /** As {@link #start(String, Options)}, with the REST API on {@code restPort} of the loopback. */
  public static ConnectWorkerProcess start(String bootstrapServers, Options options, int restPort) {
    Path dir = TempDirs.create("connect-worker");
    ConnectWorkerProcess worker =
        new ConnectWorkerProcess(bootstrapServers, options, dir, restPort);
    try {
      worker.child.start();
    } catch (RuntimeException e) {
      // The working directory stays: the exception names the log file in it.
      worker.stop();
      throw e;
    }
    return worker;
  }

  @Override
  public String restUrl() {
    return urlOf(restPort);
  }

  private static String urlOf(int restPort) {
    return "http://127.0.0.1:" + restPort;
  }

  public boolean isRunning() {
    return child.isRunning();
  }

  /** The child's pid; only while it runs. */
  public long pid() {
    return child.pid();
  }

  /** The child's stdout and stderr, kept across restarts. */
  public Path logFile() {
    return child.logFile();
  }

  /** SIGKILL, as a crash would: no shutdown hook, no offset flush, no task stop. */
  public void kill() {
    child.kill();
  }

  /** Stops the worker gracefully (SIGTERM: tasks stop and offsets are committed). */
  public void stop() {
    child.stop();
  }

  /**
   * Starts the worker again (stopping it first if it runs) with the same group, REST port and
   * internal topics: it reads its connectors back and resumes from the committed offsets.
   */
  public void restart() {
    child.restart();
  }

  /**
   * Waits until the child exits by itself (a halt at a fault point, a fatal error) and forgets it,
   * so that {@link #restart()} starts a new one.
   */
  public void awaitExit(Duration timeout) {
    child.awaitExit(timeout);
  }

  @Override
  public void close() {
    stop();
    TempDirs.deleteRecursively(workDir);
  }

  @Override
  public String toString() {
    return "Connect worker process at " + restUrl();
  }

  private static List<String> command(Options options, Path jvmArgs, Path properties) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + options.heap);
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+ExitOnOutOfMemoryError");
    options.systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    // An argument file: a test classpath can exceed the 128 KiB limit of one argument.
    command.add("@" + jvmArgs);
    command.add(MAIN_CLASS);
    command.add(properties.toString());
    return command;
  }

  private static String render(Map<String, String> config) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(config)
        .forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
    return text.toString();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\");
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
