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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(ConnectWorkerProcess.class);
  private static final String MAIN_CLASS = "org.apache.kafka.connect.cli.ConnectDistributed";

  private final Path workDir;
  private final int restPort;
  private final Duration startTimeout;
  private final List<String> command;
  private ChildProcess process;

  private ConnectWorkerProcess(
      String bootstrapServers, Options options, Path workDir, int restPort) {
    super(urlOf(restPort));
    this.workDir = workDir;
    this.restPort = restPort;
    this.startTimeout = options.startTimeout;
    Path properties = workDir.resolve("worker.properties");
    write(properties, render(options.workerConfig(bootstrapServers, restPort)));
    Path jvmArgs = workDir.resolve("jvm.args");
    write(jvmArgs, "-cp\n\"" + escape(options.effectiveClasspath()) + "\"\n");
    this.command = command(options, jvmArgs, properties);
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
    Path dir = TempDirs.create("connect-worker");
    ConnectWorkerProcess worker =
        new ConnectWorkerProcess(bootstrapServers, options, dir, FreePorts.next());
    try {
      worker.launch();
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

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The child's pid; only while it runs. */
  public synchronized long pid() {
    if (process == null) {
      throw new IllegalStateException("the Connect worker is not running");
    }
    return process.pid();
  }

  /** The child's stdout and stderr, kept across restarts. */
  public Path logFile() {
    return workDir.resolve("connect.log");
  }

  /** SIGKILL, as a crash would: no shutdown hook, no offset flush, no task stop. */
  public synchronized void kill() {
    if (process != null) {
      process.kill();
      process.close();
      process = null;
      LOG.info("Connect worker at {} killed", restUrl());
    }
  }

  /** Stops the worker gracefully (SIGTERM: tasks stop and offsets are committed). */
  public synchronized void stop() {
    if (process != null) {
      process.close();
      process = null;
      LOG.info("Connect worker at {} stopped", restUrl());
    }
  }

  /**
   * Starts the worker again (stopping it first if it runs) with the same group, REST port and
   * internal topics: it reads its connectors back and resumes from the committed offsets.
   */
  public synchronized void restart() {
    stop();
    launch();
  }

  /**
   * Waits until the child exits by itself (a halt at a fault point, a fatal error) and forgets it,
   * so that {@link #restart()} starts a new one.
   */
  public synchronized void awaitExit(Duration timeout) {
    if (process == null) {
      return;
    }
    try {
      if (!process
          .process()
          .waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("Connect worker did not exit within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the worker to exit", e);
    }
    LOG.info("Connect worker at {} exited with {}", restUrl(), process.process().exitValue());
    process.close();
    process = null;
  }

  @Override
  public synchronized void close() {
    stop();
    TempDirs.deleteRecursively(workDir);
  }

  @Override
  public String toString() {
    return "Connect worker process at " + restUrl();
  }

  private synchronized void launch() {
    process = ChildProcess.start("connect-worker", command, workDir, logFile());
    ChildProcess started = process;
    try {
      rest().awaitReady(startTimeout, started::isAlive);
    } catch (IllegalStateException e) {
      kill();
      throw new IllegalStateException(e.getMessage() + " (see " + logFile() + ")", e);
    }
    LOG.info("Connect worker ready at {} (pid {})", restUrl(), started.pid());
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
