package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka KRaft cluster (combined broker and controller) in a child JVM that can
 * be killed as a crash would kill it ({@link #kill()}: SIGKILL) and restarted on the same log
 * directory and ports, so that clients reconnect to it and find every committed record again.
 *
 * <p>The data directory is formatted on first use and resumed after (same cluster id, topics and
 * offsets), also across runs; only the ports change between runs.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerProcess.class);
  private static final String CLUSTER_ID_FILE = "cluster.id";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(120);

  private final int port;
  private final BrokerSecurity security;
  private final RestartableChild child;

  private KafkaBrokerProcess(
      Path dataDir, int port, BrokerSecurity security, List<String> command) {
    this.port = port;
    this.security = security;
    this.child =
        new RestartableChild(
            "kafka-broker",
            "Kafka broker at " + bootstrapServers(),
            command,
            dataDir,
            dataDir.resolve("broker.log"),
            this::awaitReady);
  }

  /**
   * Starts a broker whose data lives in {@code dataDir} (formatted on first use, resumed after) and
   * waits until it accepts clients.
   *
   * @param heap the child's heap size, as in {@code -Xmx}
   */
  public static KafkaBrokerProcess start(Path dataDir, String heap) {
    return start(dataDir, heap, FreePorts.next());
  }

  /** As {@link #start(Path, String)}, with clients on {@code port} of the loopback. */
  public static KafkaBrokerProcess start(Path dataDir, String heap, int port) {
    return start(dataDir, heap, port, BrokerSecurity.plaintext());
  }

  /** As {@link #start(Path, String, int)}, with listeners secured as {@code security} says. */
  public static KafkaBrokerProcess start(
      Path dataDir, String heap, int port, BrokerSecurity security) {
    try {
      Files.createDirectories(dataDir);
      Path properties = dataDir.resolve("server.properties");
      Map<String, String> config = config(dataDir, port, FreePorts.next(), security.protocol());
      config.putAll(security.brokerSettings());
      Files.writeString(properties, render(config));
      Path jvmArgs = dataDir.resolve("jvm.args");
      Files.writeString(
          jvmArgs,
          "-cp\n\"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
      Path idFile = dataDir.resolve(CLUSTER_ID_FILE);
      if (!Files.isRegularFile(idFile)) {
        format(dataDir, jvmArgs, properties, idFile, security.formatArguments());
      }
      List<String> command = java(heap, jvmArgs);
      command.addAll(List.of("kafka.Kafka", properties.toString()));
      KafkaBrokerProcess broker = new KafkaBrokerProcess(dataDir, port, security, command);
      broker.child.start();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDir, e);
    }
  }

  /**
   * The broker settings of a combined one-node cluster on loopback ports, the client listener named
   * after its protocol.
   */
  static Map<String, String> config(Path dataDir, int port, int controllerPort, String protocol) {
    Map<String, String> config = new TreeMap<>(EmbeddedKafka.SINGLE_NODE_CONFIG);
    config.put("process.roles", "broker,controller");
    config.put("node.id", "1");
    config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    config.put(
        "listeners",
        protocol + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    config.put("advertised.listeners", protocol + "://127.0.0.1:" + port);
    config.put("controller.listener.names", "CONTROLLER");
    config.put("inter.broker.listener.name", protocol);
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    config.put("log.dirs", dataDir.resolve("logs").toString());
    config.put("num.partitions", "1");
    return config;
  }

  private static void format(
      Path dataDir, Path jvmArgs, Path properties, Path idFile, List<String> extraArguments)
      throws IOException {
    String clusterId = Uuid.randomUuid().toString();
    List<String> format = java("128m", jvmArgs);
    format.addAll(
        List.of(
            "kafka.tools.StorageTool",
            "format",
            "-c",
            properties.toString(),
            "-t",
            clusterId,
            "--ignore-formatted"));
    format.addAll(extraArguments);
    Path log = dataDir.resolve("format.log");
    try (ChildProcess child = ChildProcess.start("kafka-format", format, dataDir, log)) {
      if (!child.process().waitFor(FORMAT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          || child.process().exitValue() != 0) {
        throw new IllegalStateException("cannot format Kafka storage (see " + log + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting Kafka storage", e);
    }
    Files.writeString(idFile, clusterId, StandardCharsets.US_ASCII);
    LOG.info("formatted Kafka cluster {} in {}", clusterId, dataDir);
  }

  private static List<String> java(String heap, Path jvmArgs) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+ExitOnOutOfMemoryError");
    // An argument file: a test classpath can exceed the 128 KiB limit of one argument.
    command.add("@" + jvmArgs);
    return command;
  }

  /** {@code host:port} of the broker's client listener, the same across restarts. */
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** The security settings a client of the broker's super user needs; empty for plaintext. */
  public Map<String, Object> superUserClient() {
    return security.superUserClient();
  }

  /** The child's pid; only while it runs. */
  public long pid() {
    return child.pid();
  }

  public boolean isRunning() {
    return child.isRunning();
  }

  /** The child's stdout and stderr, kept across restarts. */
  public Path logFile() {
    return child.logFile();
  }

  /** SIGKILL, as a crash would: no controlled shutdown, no flush of the logs. */
  public void kill() {
    child.kill();
  }

  /** Starts the broker again (stopping it first if it runs) on the same log directory and ports. */
  public void restart() {
    child.restart();
  }

  /** Stops the broker gracefully (SIGTERM: a controlled shutdown). */
  public void stop() {
    child.stop();
  }

  @Override
  public void close() {
    stop();
  }

  private static String render(Map<String, String> config) {
    StringBuilder text = new StringBuilder();
    config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    return text.toString();
  }

  @Override
  public String toString() {
    return "Kafka broker process at " + bootstrapServers();
  }

  private void awaitReady(ChildProcess started) {
    started.awaitListening(port, START_TIMEOUT);
    BrokerReadiness.await(
        bootstrapServers(), security.superUserClient(), START_TIMEOUT, started::isAlive);
  }
}
