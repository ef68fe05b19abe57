package io.chainexplorer.embedded;

import java.time.Duration;
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
public final class EmbeddedConnect extends RestBackedWorker {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedConnect.class);

  private final Connect<DistributedHerder> connect;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedConnect(Connect<DistributedHerder> connect) {
    super(urlOf(connect));
    this.connect = connect;
  }

  /** Worker settings; defaults: group {@code embedded-connect}, byte-array converters. */
  public static final class Options extends WorkerOptions<Options> {
    public Options() {
      super("embedded-connect");
    }

    @Override
    Options self() {
      return this;
    }
  }

  /** Starts a worker with default options. */
  public static EmbeddedConnect start(String bootstrapServers) {
    return start(bootstrapServers, new Options());
  }

  /** Starts a worker, its REST API on a free loopback port, and waits until it serves requests. */
  public static EmbeddedConnect start(String bootstrapServers, Options options) {
    Map<String, String> config = options.workerConfig(bootstrapServers, FreePorts.next());
    LOG.info("starting Connect worker {} against {}", options.groupId(), bootstrapServers);
    Connect<DistributedHerder> connect = startInProcess(config);
    EmbeddedConnect worker = new EmbeddedConnect(connect);
    try {
      worker.rest().awaitReady(Duration.ofSeconds(60));
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

  @Override
  public String restUrl() {
    return urlOf(connect);
  }

  private static String urlOf(Connect<DistributedHerder> connect) {
    String url = connect.rest().serverUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
