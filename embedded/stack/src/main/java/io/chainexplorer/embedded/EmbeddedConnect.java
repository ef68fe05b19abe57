package io.chainexplorer.embedded;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka Connect worker in distributed mode, in this JVM, against a given Kafka cluster.
 *
 * <p>Plugins are found only through {@code META-INF/services} ({@code plugin.discovery =
 * service_load}): scanning the whole test classpath costs a gigabyte and minutes. Converters
 * default to byte arrays; override them with {@link Options#converters}.
 */
public final class EmbeddedConnect implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedConnect.class);
  private static final String BYTES = "org.apache.kafka.connect.converters.ByteArrayConverter";

  private final Connect<DistributedHerder> connect;
  private final ConnectRestClient rest;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedConnect(Connect<DistributedHerder> connect) {
    this.connect = connect;
    this.rest = new ConnectRestClient(restUrl());
  }

  /** Worker settings; defaults: group {@code embedded-connect}, byte-array converters. */
  public static final class Options {
    private String groupId = "embedded-connect";
    private String keyConverter = BYTES;
    private String valueConverter = BYTES;
    private final Map<String, String> overrides = new HashMap<>();

    public Options groupId(String id) {
      this.groupId = id;
      return this;
    }

    public Options converters(String keyConverterClass, String valueConverterClass) {
      this.keyConverter = keyConverterClass;
      this.valueConverter = valueConverterClass;
      return this;
    }

    /** Any other worker property, e.g. {@code value.converter.schema.registry.url}. */
    public Options set(String key, String value) {
      overrides.put(key, value);
      return this;
    }
  }

  /** Starts a worker with default options. */
  public static EmbeddedConnect start(String bootstrapServers) {
    return start(bootstrapServers, new Options());
  }

  /** Starts a worker, its REST API on a free loopback port, and waits until it serves requests. */
  public static EmbeddedConnect start(String bootstrapServers, Options options) {
    Map<String, String> config = workerConfig(bootstrapServers, options);
    LOG.info("starting Connect worker {} against {}", options.groupId, bootstrapServers);
    Connect<DistributedHerder> connect = startInProcess(config);
    EmbeddedConnect worker = new EmbeddedConnect(connect);
    try {
      worker.rest.awaitReady(Duration.ofSeconds(60));
    } catch (RuntimeException e) {
      worker.close();
      throw e;
    }
    LOG.info("Connect worker ready at {}", worker.restUrl());
    return worker;
  }

  /** Connect's CLI calls {@code Exit.exit} when start-up fails: turn that into an exception. */
  private static Connect<DistributedHerder> startInProcess(Map<String, String> config) {
    Exit.setExitProcedure(
        (code, message) -> {
          throw new IllegalStateException(
              "Connect worker failed to start (exit " + code + "): " + message);
        });
    try {
      return new ConnectDistributed().startConnect(config);
    } finally {
      Exit.resetExitProcedure();
    }
  }

  private static Map<String, String> workerConfig(String bootstrapServers, Options options) {
    String group = options.groupId;
    Map<String, String> config = new HashMap<>();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("group.id", group);
    config.put("config.storage.topic", group + "-configs");
    config.put("offset.storage.topic", group + "-offsets");
    config.put("status.storage.topic", group + "-status");
    config.put("config.storage.replication.factor", "1");
    config.put("offset.storage.replication.factor", "1");
    config.put("status.storage.replication.factor", "1");
    config.put("offset.storage.partitions", "1");
    config.put("status.storage.partitions", "1");
    config.put("offset.flush.interval.ms", "1000");
    config.put("scheduled.rebalance.max.delay.ms", "0");
    config.put("key.converter", options.keyConverter);
    config.put("value.converter", options.valueConverter);
    config.put("listeners", "http://127.0.0.1:" + FreePorts.next());
    config.put("plugin.discovery", "service_load");
    config.put("rest.advertised.host.name", "127.0.0.1");
    config.putAll(options.overrides);
    return config;
  }

  /** The worker's REST API base URL, e.g. {@code http://127.0.0.1:8083}. */
  public String restUrl() {
    String url = connect.rest().serverUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public URI restUri() {
    return URI.create(restUrl());
  }

  /** Creates or updates a connector through the REST API ({@code PUT /connectors/name/config}). */
  public void createConnector(String name, Map<String, ?> config) {
    rest.putConnectorConfig(name, config);
  }

  /** Waits until the connector and all of its (at least one) tasks are RUNNING. */
  public void awaitConnectorRunning(String name, Duration timeout) {
    rest.awaitRunning(name, timeout);
  }

  /** Deletes a connector through the REST API. */
  public void deleteConnector(String name) {
    rest.deleteConnector(name);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      LOG.info("stopping Connect worker at {}", restUrl());
      connect.stop();
      connect.awaitStop();
    }
  }
}
