package io.chainexplorer.devstack.run;

import io.chainexplorer.cli.batch.RunDataLayout;
import io.chainexplorer.decoder.topology.DecoderTopics;
import io.chainexplorer.devnet.TrafficGenerator;
import io.chainexplorer.devnet.TrafficSettings;
import io.chainexplorer.enricher.app.EnricherTopics;
import io.chainexplorer.platform.kafka.ConsumerLagMonitor;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.schemas.topics.TopicAdmin;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline on one machine: the embedded infrastructure, the topics, the poller (with
 * {@link PipelineOptions#standbyPoller()} a second one standing by), enricher and decoder as child
 * JVMs that can be killed and restarted one by one, as can the broker and the Connect worker, both
 * sink connectors, the devnet's traffic, and a supervisor metrics endpoint with every group's
 * consumer lag.
 *
 * <p>{@link #close()} stops the apps first, then Connect, then the infrastructure; everything keeps
 * its data in the settings' data directory, so the next start resumes.
 */
public final class EmbeddedPipeline implements AutoCloseable {

  /** The service name of the Connect worker (the sinks), for {@link #kill} and {@link #restart}. */
  public static final String CONNECT = "kafka-connect";

  /** The service name of the Kafka broker, for {@link #kill} and {@link #restart}. */
  public static final String KAFKA = "kafka";

  /**
   * Stands for whichever poller instance leads the chain when {@link #kill} is called; {@link
   * #restart} then starts that instance again.
   */
  public static final String POLLER_LEADER = "block-poller(leader)";

  /** Stands for a poller instance on standby, as {@link #POLLER_LEADER} for the leader. */
  public static final String POLLER_STANDBY = "block-poller(standby)";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);
  private static final Duration LAG_INTERVAL = Duration.ofSeconds(2);

  private final PipelineSettings settings;
  private final PipelineOptions options;
  private final TopicCatalogue topics;
  private final Map<String, AppProcess> apps = new LinkedHashMap<>();
  private EmbeddedInfrastructure infrastructure;
  private ServiceControl control;
  private Admin admin;
  private ConsumerLagMonitor lag;
  private MetricsServer metrics;
  private PipelineStats stats;
  private TrafficGenerator traffic;

  private EmbeddedPipeline(PipelineSettings settings, PipelineOptions options) {
    this.settings = settings;
    this.options = options;
    this.topics = TopicCatalogue.forChain(settings.chainName());
  }

  /**
   * Starts everything; when a part fails, stops what started and rethrows.
   *
   * @param progress told each step as it begins
   */
  public static EmbeddedPipeline start(PipelineSettings settings, Consumer<String> progress) {
    return start(settings, PipelineOptions.defaults(), progress);
  }

  /** As {@link #start(PipelineSettings, Consumer)}, with a reliability run's options. */
  public static EmbeddedPipeline start(
      PipelineSettings settings, PipelineOptions options, Consumer<String> progress) {
    EmbeddedPipeline pipeline = new EmbeddedPipeline(settings, options);
    try {
      pipeline.boot(progress);
      return pipeline;
    } catch (RuntimeException e) {
      pipeline.close();
      throw e;
    }
  }

  private void boot(Consumer<String> progress) {
    infrastructure =
        EmbeddedInfrastructure.start(
            settings.dataDir(),
            settings.embeddedNode(),
            options.nodeState(),
            options.stores(),
            progress);
    control = new ServiceControl(apps, infrastructure);
    progress.accept("topics");
    admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()));
    EnricherTopics.ensure(admin, topics);
    DecoderTopics.ensure(admin, topics);
    TopicAdmin.ensure(admin, topics.all());
    startSupervision();
    if (options.stores()) {
      progress.accept("sink connectors");
      infrastructure.submitConnectors(topics, coldStore());
    }
    long since = System.currentTimeMillis();
    String rpcUrl = infrastructure.anvil().map(a -> a.rpcUrl().toString()).orElse("");
    for (AppProcess app :
        PipelineApps.create(
            settings,
            options,
            new PipelineApps.Endpoints(kafka(), infrastructure.schemaRegistryUrl(), rpcUrl))) {
      progress.accept(app.name());
      apps.put(app.name(), app);
      app.start();
    }
    Optional<StoreCounts> stores =
        hasStores()
            ? Optional.of(new StoreCounts(URI.create(infrastructure.sinkMetricsUrl()), coldStore()))
            : Optional.empty();
    stats = new PipelineStats(topics, kafka(), stores, since);
    if (infrastructure.anvil().isPresent()) {
      progress.accept("devnet traffic");
      startTraffic(infrastructure.anvil().get().rpcUrl());
    }
  }

  private void startSupervision() {
    lag = PipelineGroups.monitor(admin, topics, options.stores());
    metrics =
        MetricsServer.start(
            "127.0.0.1",
            settings.metricsPort(),
            "chain-explorer-run",
            settings.chainName(),
            () -> true);
    lag.bindTo(metrics.registry());
    lag.refreshEvery(LAG_INTERVAL);
  }

  private void startTraffic(URI rpcUrl) {
    try {
      traffic = TrafficGenerator.start(rpcUrl, TrafficSettings.from(options.traffic()));
    } catch (RuntimeException e) {
      // the pipeline still follows the devnet's empty blocks: report, do not stop
      LOG.warn("devnet traffic not started: {}", e.getMessage());
    }
  }

  public io.micrometer.core.instrument.MeterRegistry metricsRegistry() {
    return metrics.registry();
  }

  /**
   * The pipeline's processes: the supervisor (this JVM), the broker (no metrics endpoint), each app
   * and the Connect worker.
   */
  public List<ServiceInfo> services() {
    return control.services(metrics.metricsUri());
  }

  /**
   * Kills an app, the Connect worker or the broker with SIGKILL, as a crash would; {@link
   * #POLLER_LEADER} and {@link #POLLER_STANDBY} name the poller instance in that role now.
   *
   * @return the name of the process killed (the instance, for a role)
   */
  public String kill(String name) {
    return control.kill(name);
  }

  /**
   * Starts an app, the Connect worker or the broker again, on the same configuration and ports; a
   * role names the instance its last {@link #kill} hit.
   */
  public void restart(String name) {
    control.restart(name);
  }

  /** The poller instance that leads the chain now, as its leader gauge says. */
  public Optional<String> pollerLeader() {
    return control.pollerLeader();
  }

  /** The poller's exit code once it has exited (a finite range's backfill exits when done). */
  public OptionalInt pollerExit() {
    return app(PipelineApps.POLLER).exitCode();
  }

  /** Waits for the poller to exit on its own; true when it has. */
  public boolean awaitPoller(Duration timeout) throws InterruptedException {
    return app(PipelineApps.POLLER).awaitExit(timeout);
  }

  /** Stops the pollers only, so that the rest can catch up with what they published. */
  public void stopPoller() {
    control.pollers().forEach(AppProcess::close);
  }

  /** Raw blocks the poller has published since this pipeline started. */
  public long newRawBlocks() {
    return stats.newRawBlocks();
  }

  /** Counts of the one-line summary, lag from the last refresh. */
  public RunSummary summary() {
    return stats.summary(lag.latest().total());
  }

  public ConsumerLagMonitor lag() {
    return lag;
  }

  public TopicCatalogue topics() {
    return topics;
  }

  public String kafka() {
    return infrastructure.kafkaBootstrapServers();
  }

  public String schemaRegistryUrl() {
    return infrastructure.schemaRegistryUrl();
  }

  /** Whether the stores run (Cassandra, Connect, both sinks); without them, topics only. */
  public boolean hasStores() {
    return infrastructure.hasStores();
  }

  public String connectRestUrl() {
    return infrastructure.connectRestUrl();
  }

  public String cqlHostPort() {
    return infrastructure.cqlHostPort();
  }

  public String cqlLocalDatacenter() {
    return infrastructure.cqlLocalDatacenter();
  }

  /** The hot store's keyspace. */
  public String keyspace() {
    return SinkConnectors.keyspace(settings.chainName());
  }

  /** The cold store's root folder. */
  public Path coldStore() {
    // where `chain-explorer batch run` looks for it too
    return RunDataLayout.of(settings.dataDir()).coldStore();
  }

  /** The devnet node's JSON-RPC URL, when this pipeline runs one. */
  public Optional<String> anvilRpcUrl() {
    return infrastructure.anvil().map(a -> a.rpcUrl().toString());
  }

  public PipelineSettings settings() {
    return settings;
  }

  /** Keeps the registry's schemas on disk now (they are also saved at close); failures logged. */
  public void saveSchemas() {
    try {
      infrastructure.saveSchemas();
    } catch (RuntimeException e) {
      LOG.warn("cannot save the registry's schemas: {}", e.getMessage());
    }
  }

  private AppProcess app(String name) {
    return control.app(name);
  }

  @Override
  public void close() {
    Quietly.close("devnet traffic", traffic);
    apps.values().forEach(app -> Quietly.close(app.name(), app));
    Quietly.close("counters", stats);
    Quietly.close("lag monitor", lag);
    Quietly.close("metrics", metrics);
    Quietly.close("admin", admin);
    if (infrastructure != null) {
      if (infrastructure.hasStores()) {
        Quietly.close("Kafka Connect", infrastructure.connect());
      }
      infrastructure.close();
    }
  }
}
