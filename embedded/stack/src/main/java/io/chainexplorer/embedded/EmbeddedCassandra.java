package io.chainexplorer.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Cassandra 5.0 node in a child JVM on loopback, speaking the CQL native protocol as ScyllaDB
 * does; it can be stopped, killed and restarted on the same data directory and ports.
 */
public final class EmbeddedCassandra implements AutoCloseable {

  /** Where the {@code embedded/cassandra} module writes Cassandra's runtime classpath. */
  public static final String CLASSPATH_FILE = "embedded/cassandra/target/cassandra.classpath";

  public static final String BUILD_COMMAND = "./mvnw -B -pl embedded/cassandra install";

  /** The datacenter SimpleSnitch puts the node in: drivers need it as their local datacenter. */
  public static final String LOCAL_DATACENTER = "datacenter1";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCassandra.class);
  private static final String HOST = "127.0.0.1";
  private static final String MAIN_CLASS = "org.apache.cassandra.service.CassandraDaemon";

  private final Path baseDir;
  private final boolean ownsBaseDir;
  private final int storagePort;
  private final int nativePort;
  private final Duration startTimeout;
  private final CassandraConfigFiles files;
  private final List<String> command;
  private ChildProcess process;

  private EmbeddedCassandra(Builder builder, Path baseDir, boolean ownsBaseDir) {
    this.baseDir = baseDir;
    this.ownsBaseDir = ownsBaseDir;
    this.storagePort = FreePorts.next();
    this.nativePort = builder.nativePort > 0 ? builder.nativePort : FreePorts.next();
    this.startTimeout = builder.startTimeout;
    this.files = new CassandraConfigFiles(baseDir);
    this.command = command(builder.heap, baseDir, files);
  }

  /** A node with every file in a new temporary directory, deleted by {@link #close()}. */
  public static EmbeddedCassandra start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  public String host() {
    return HOST;
  }

  /** The CQL native-protocol port; it stays the same across restarts. */
  public int nativePort() {
    return nativePort;
  }

  public String localDatacenter() {
    return LOCAL_DATACENTER;
  }

  /** The directory holding data, commit log, configuration and logs. */
  public Path baseDir() {
    return baseDir;
  }

  /** Cassandra's own log file. */
  public Path systemLog() {
    return files.systemLog();
  }

  /** The node's process id, while it runs. */
  public synchronized long pid() {
    if (process == null) {
      throw new IllegalStateException("Cassandra on port " + nativePort + " is not running");
    }
    return process.pid();
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Stops the node as an operator would (SIGTERM: Cassandra drains and flushes). */
  public synchronized void stop() {
    if (process != null) {
      process.close();
      process = null;
      LOG.info("Cassandra on port {} stopped", nativePort);
    }
  }

  /** Kills the node as a crash would (SIGKILL): unflushed memtables live on in the commit log. */
  public synchronized void kill() {
    if (process != null) {
      process.kill();
      process.close();
      process = null;
      LOG.info("Cassandra on port {} killed", nativePort);
    }
  }

  /** Stops the node if it runs and starts it again on the same directory and ports. */
  public synchronized void restart() {
    stop();
    launch();
  }

  @Override
  public synchronized void close() {
    stop();
    if (ownsBaseDir) {
      TempDirs.deleteRecursively(baseDir);
    }
  }

  @Override
  public String toString() {
    return "Cassandra at " + HOST + ":" + nativePort + " in " + baseDir;
  }

  private synchronized void launch() {
    files.write(storagePort, nativePort);
    process =
        ChildProcess.start(
            "cassandra",
            command,
            baseDir,
            files.stdoutLog(),
            environment -> environment.putAll(CassandraJvmOptions.ENVIRONMENT));
    try {
      process.awaitListening(nativePort, startTimeout);
    } catch (IllegalStateException e) {
      kill();
      throw new IllegalStateException(e.getMessage() + "; Cassandra's log: " + systemLog(), e);
    }
    LOG.info("Cassandra ready at {}:{} (data in {})", HOST, nativePort, baseDir);
  }

  private static List<String> command(String heap, Path baseDir, CassandraConfigFiles files) {
    List<String> command = new ArrayList<>(CassandraJvmOptions.launcher());
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(CassandraJvmOptions.MEMORY);
    command.add("-Xmx" + heap);
    command.addAll(CassandraJvmOptions.JPMS);
    command.addAll(CassandraJvmOptions.RUNTIME);
    // pauses of the node's collector, to tell them apart from the pipeline's own delays
    command.add("-Xlog:gc:file=" + files.systemLog().resolveSibling("gc.log") + ":uptime,level");
    command.add("-Dcassandra.config=" + files.yaml().toUri());
    command.add("-Dcassandra.storagedir=" + baseDir);
    command.add("-Dcassandra.logdir=" + files.systemLog().getParent());
    command.add("-Dlogback.configurationFile=" + files.logback());
    command.add("-cp");
    command.add(classpath());
    command.add(MAIN_CLASS);
    return command;
  }

  private static String classpath() {
    Path file =
        ProjectPaths.required(CLASSPATH_FILE, "build Cassandra's classpath with " + BUILD_COMMAND);
    try {
      String classpath = Files.readString(file).trim();
      String first = classpath.split(File.pathSeparator, 2)[0];
      if (classpath.isEmpty() || !Files.isRegularFile(Paths.get(first))) {
        throw new IllegalStateException(
            file + " names jars that are gone; rebuild it with " + BUILD_COMMAND);
      }
      return classpath;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Settings of an embedded node; defaults: temporary directory, free ports, 256 MB heap. */
  public static final class Builder {

    private Path baseDir;
    private int nativePort;
    private String heap = "256m";
    private Duration startTimeout = Duration.ofSeconds(120);

    private Builder() {}

    /** A fixed directory, kept by {@link #close()}, so that a later run resumes its data. */
    public Builder baseDir(Path baseDir) {
      this.baseDir = baseDir;
      return this;
    }

    /** A fixed CQL port instead of a free one. */
    public Builder nativePort(int nativePort) {
      this.nativePort = nativePort;
      return this;
    }

    /**
     * The maximum heap, as in {@code -Xmx} ({@code 256m} by default; at least {@code 128m}, the
     * initial heap).
     */
    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    /** How long to wait for the CQL port (120 s by default: two cores shared with a build). */
    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    /** Starts the node and waits until it accepts CQL connections. */
    public EmbeddedCassandra start() {
      boolean temporary = baseDir == null;
      Path dir = temporary ? TempDirs.create("cassandra") : baseDir.toAbsolutePath().normalize();
      EmbeddedCassandra cassandra = new EmbeddedCassandra(this, dir, temporary);
      try {
        cassandra.launch();
      } catch (RuntimeException e) {
        cassandra.close();
        throw e;
      }
      return cassandra;
    }
  }
}
