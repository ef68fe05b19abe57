package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.devnet.TrafficGenerator;
import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.TrafficSettings;
import io.chainexplorer.devstack.run.EmbeddedPipeline;
import io.chainexplorer.devstack.run.Network;
import io.chainexplorer.devstack.run.PipelineSettings;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.reliability.secrets.PipelineSecretScan;
import io.chainexplorer.reliability.secrets.ScanReport;
import io.chainexplorer.reliability.secrets.ScanReport.Kind;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devnet pipeline with its poller reaching anvil through two provider keys (carried in the
 * URL's query, which anvil ignores; it serves JSON-RPC on {@code /} only): the decoded topics and
 * tables hold exactly the calls and events the chain and the devnet's ABIs imply, and no key string
 * is in any log, metrics output, topic, table or cold-store file of the run.
 */
class DevnetRunIT {

  private static final Logger LOG = LoggerFactory.getLogger(DevnetRunIT.class);
  private static final String KEYS_VARIABLE = "DEVNET_RPC_KEYS";
  private static final Map<String, String> KEYS =
      Map.of("one", "sk-devnet-one-3b7e91c4", "two", "sk-devnet-two-8d2f06a5");
  private static final Duration TRAFFIC = Duration.ofSeconds(90);
  private static final int MIX_WEIGHTS = 26;
  private static final Duration CONVERGE = Duration.ofMinutes(4);

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path dataDir;

  @Test
  void shouldDecodeWhatTheChainImpliesAndLeakNoKeyAnywhere() throws Exception {
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().blockTime(1).start();
        EmbeddedPipeline pipeline =
            EmbeddedPipeline.start(settings(anvil.rpcUrl()), step -> LOG.info("start {}", step))) {
      try (TrafficGenerator traffic =
          TrafficGenerator.start(anvil.rpcUrl(), TrafficSettings.defaults())) {
        // every kind of the devnet's traffic mined, twice over, before the traffic stops
        await()
            .atMost(TRAFFIC)
            .until(
                () ->
                    traffic.stats().minedKinds().size() == TrafficKind.values().length
                        && traffic.stats().totalMined() >= 2L * MIX_WEIGHTS);
        LOG.info("traffic: {}", traffic.stats());
      }
      long head = Long.decode(anvil.rpc().call("eth_blockNumber").asText());
      AtomicReference<TruthReport> report = new AtomicReference<>();
      await()
          .atMost(CONVERGE)
          .pollInterval(Duration.ofSeconds(10))
          .until(() -> check(pipeline, anvil.rpcUrl(), head, report).clean());
      LOG.info("decoded outputs against the chain:\n{}", report.get().toMarkdown());
      assertThat(report.get().counts(Store.TOPICS).get(DecodedRecord.CALL).expected()).isPositive();
      assertThat(report.get().counts(Store.TOPICS).get(DecodedRecord.EVENT).expected())
          .isPositive();
      // traces are on for the devnet: the forwarding and factory traffic makes internal calls
      assertThat(report.get().counts(Store.TOPICS).get(InternalFrames.ENTITY).expected())
          .isPositive();
      assertThat(
              report
                  .get()
                  .counts(Store.SCYLLA)
                  .get(Tables.INTERNAL_TRANSACTIONS_BY_TX.name())
                  .expected())
          .isPositive();

      String poller = scrape(pipeline, "block-poller");
      // the keys really carried the poller's calls to the node
      assertThat(poller).contains("alias=\"devnet/one\"").contains("alias=\"devnet/two\"");
      try (CqlSession session = session(pipeline)) {
        ScanReport secrets =
            PipelineSecretScan.scan(PipelineSecretScan.sources(pipeline, session), KEYS);
        LOG.info("secrets scan of the run:\n{}", secrets.toMarkdown());
        assertThat(secrets.all()).isEmpty();
        for (Kind kind : List.of(Kind.LOGS, Kind.METRICS, Kind.TOPICS, Kind.TABLES)) {
          assertThat(secrets.scanned().get(kind)).as(kind.label()).isPositive();
        }
      }
    }
  }

  /**
   * The node as a keyless endpoint plus a provider section whose URL template puts each key in the
   * query, both given through the poller's environment as a deployment would.
   */
  private PipelineSettings settings(URI node) {
    return new PipelineSettings(
        Network.devnet,
        dataDir,
        List.of(node.toString()),
        Map.of(
            "CHAIN_EXPLORER_PROVIDER_DEVNET_URL_TEMPLATE",
            node + "/?key=" + Provider.KEY_PLACEHOLDER,
            "CHAIN_EXPLORER_PROVIDER_DEVNET_KEYS_ENV",
            KEYS_VARIABLE,
            KEYS_VARIABLE,
            "one=" + KEYS.get("one") + ",two=" + KEYS.get("two")),
        OptionalLong.empty(),
        OptionalLong.empty(),
        0);
  }

  private static TruthReport check(
      EmbeddedPipeline pipeline, URI node, long head, AtomicReference<TruthReport> report)
      throws Exception {
    String chain = pipeline.settings().chainName();
    NodeChain truth =
        NodeChain.fetchTraced(NodeSources.direct(node, chain), new NodeTraces(node), 0, head);
    TopicSnapshot topics =
        new TopicSnapshot(
            pipeline.kafka(),
            SchemaRegistryClients.create(
                Map.of("schema.registry.url", pipeline.schemaRegistryUrl())));
    try (CqlSession session = session(pipeline)) {
      TruthReport checked =
          new GroundTruth(chain, truth)
              .topics(topics, pipeline.topics())
              .scylla(new ScyllaSnapshot(session, pipeline.keyspace()))
              .decodedTopics(DevnetAbis.builtIn(), topics, pipeline.topics())
              .decodedRows(DevnetAbis.builtIn(), new ScyllaSnapshot(session, pipeline.keyspace()))
              .report();
      LOG.info("outputs so far: {}", checked.total());
      report.set(checked);
      return checked;
    }
  }

  private static CqlSession session(EmbeddedPipeline pipeline) {
    String[] hostPort = pipeline.cqlHostPort().split(":");
    return CqlSession.builder()
        .addContactPoint(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))
        .withLocalDatacenter(pipeline.cqlLocalDatacenter())
        .build();
  }

  private static String scrape(EmbeddedPipeline pipeline, String service) throws Exception {
    URI url =
        pipeline.services().stream()
            .filter(s -> s.name().equals(service))
            .findFirst()
            .orElseThrow()
            .metricsEndpoint()
            .orElseThrow();
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
