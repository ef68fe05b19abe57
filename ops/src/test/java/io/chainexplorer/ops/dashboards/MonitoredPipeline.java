package io.chainexplorer.ops.dashboards;

import io.chainexplorer.cli.ChainExplorer;
import io.chainexplorer.embedded.ChildProcess;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.embedded.EmbeddedKafka;
import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.schemas.topics.TopicAdmin;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The pipeline the dashboards watch: Kafka, the registry, an anvil devnet with traffic, the poller,
 * enricher and decoder as child JVMs of the command line, each serving its metrics on its own port,
 * both sinks in a Connect worker, and the consumer lag exporter; closing stops everything, last
 * started first.
 */
final class MonitoredPipeline implements AutoCloseable {

  static final String CHAIN = "devnet";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path workDir;
  private EmbeddedAnvil anvil;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Map<String, String> metricsTargets = new LinkedHashMap<>();

  private MonitoredPipeline(Path workDir) {
    this.workDir = workDir;
  }

  /** Starts every part; when one fails, stops those already started and rethrows. */
  static MonitoredPipeline start(Path workDir) {
    MonitoredPipeline pipeline = new MonitoredPipeline(workDir);
    try {
      pipeline.boot();
      return pipeline;
    } catch (RuntimeException e) {
      pipeline.close();
      throw e;
    }
  }

  /** Scrape targets ({@code host:port} serving {@code /metrics}) by service name. */
  Map<String, String> metricsTargets() {
    return Map.copyOf(metricsTargets);
  }

  private void boot() {
    EmbeddedKafka kafka = keep(EmbeddedKafka.start());
    EmbeddedSchemaRegistry registry = keep(EmbeddedSchemaRegistry.start(workDir));
    anvil = keep(EmbeddedAnvil.start());
    keep(DevnetTraffic.start(anvil.rpc()));
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      // the sinks subscribe to topics an app creates only when it first writes
      TopicAdmin.ensure(admin, TopicCatalogue.forChain(CHAIN).all());
    }
    List<String> common =
        List.of(
            "-s", "chain.name=" + CHAIN,
            "-s", "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
            "-s", "schema.registry.url=" + registry.confluentApiUrl(),
            "-s", "metrics.host=127.0.0.1");
    app(
        "block-poller",
        common,
        "poll",
        "--rpc-url",
        anvil.rpcUrl().toString(),
        "-s",
        "block.time.ms=1000");
    app("tx-enricher", common, "enrich", "-s", "state.dir=" + workDir.resolve("enricher-state"));
    app(
        "contract-decoder",
        common,
        "decode",
        "-s",
        "state.dir=" + workDir.resolve("decoder-state"));
    PipelineSinks sinks =
        keep(
            PipelineSinks.start(
                kafka.bootstrapServers(),
                registry.confluentApiUrl(),
                TopicCatalogue.forChain(CHAIN),
                workDir));
    metricsTargets.put(PipelineSinks.JOB, sinks.target());
    LagExporter lag = keep(LagExporter.start(kafka.bootstrapServers(), CHAIN));
    metricsTargets.put(LagExporter.SERVICE, lag.target());
  }

  /** Replaces the devnet's last {@code depth} blocks, as a reorg on a real chain would. */
  void reorg(int depth) {
    anvil.rpc().call("anvil_reorg", depth, List.of());
  }

  /** Runs {@code chain-explorer <args>} in a child JVM on this JVM's class path. */
  private void app(String service, List<String> common, String... args) {
    int port = FreePorts.next();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path")));
    command.add(ChainExplorer.class.getName());
    command.addAll(List.of(args));
    command.addAll(common);
    command.addAll(List.of("-s", "metrics.port=" + port));
    ChildProcess child =
        keep(ChildProcess.start(service, command, workDir, workDir.resolve(service + ".log")));
    child.awaitListening(port, START_TIMEOUT);
    metricsTargets.put(service, "127.0.0.1:" + port);
  }

  private <T extends AutoCloseable> T keep(T component) {
    started.push(component);
    return component;
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception ignored) {
        // the next component still has to stop; the test's outcome is already decided
      }
    }
  }
}
