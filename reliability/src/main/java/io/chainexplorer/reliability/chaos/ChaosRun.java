package io.chainexplorer.reliability.chaos;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.cli.run.EmbeddedPipeline;
import io.chainexplorer.cli.run.PipelineSettings;
import io.chainexplorer.embedded.JsonRpcClient;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.reliability.truth.ColdStoreSnapshot;
import io.chainexplorer.reliability.truth.GroundTruth;
import io.chainexplorer.reliability.truth.NodeChain;
import io.chainexplorer.reliability.truth.NodeSources;
import io.chainexplorer.reliability.truth.ScyllaSnapshot;
import io.chainexplorer.reliability.truth.TopicSnapshot;
import io.chainexplorer.reliability.truth.TruthReport;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chaos run on the devnet pipeline: a backfill, then head following under the plan's kills and
 * reorgs, then the ground truth of every store over the blocks mined until the events ended,
 * checked until it is clean or the catch-up time is over.
 */
public final class ChaosRun {

  /** Blocks below the final head left out of the cold-store check: not yet confirmed there. */
  private static final int UNCONFIRMED_MARGIN = 4;

  private static final Logger LOG = LoggerFactory.getLogger(ChaosRun.class);
  private static final Duration CHECK_EVERY = Duration.ofSeconds(15);

  /** What a run did and found. */
  public record Result(ChaosPlan plan, List<String> events, TruthReport report, Duration took) {}

  private ChaosRun() {}

  /** Runs {@code plan} with its data in {@code dataDir}. */
  public static Result run(ChaosPlan plan, Path dataDir) throws Exception {
    long started = System.nanoTime();
    LOG.info("chaos run: {}", plan);
    try (EmbeddedPipeline pipeline =
        EmbeddedPipeline.start(
            PipelineSettings.devnet(dataDir), step -> LOG.info("start {}", step))) {
      URI rpc = URI.create(pipeline.anvilRpcUrl().orElseThrow());
      JsonRpcClient node = new JsonRpcClient(rpc);
      if (plan.backfillBlocks() > 0) {
        node.call("anvil_mine", plan.backfillBlocks());
      }
      List<String> events = new ChaosEvents(pipeline, node, plan).play();
      long last = Long.decode(node.call("eth_blockNumber").asText());
      LOG.info("chaos events over at head {}; waiting for the pipeline to converge", last);
      TruthReport report = converge(pipeline, rpc, last, plan.catchUp());
      return new Result(plan, events, report, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static TruthReport converge(
      EmbeddedPipeline pipeline, URI rpc, long last, Duration catchUp) throws Exception {
    long deadline = System.nanoTime() + catchUp.toNanos();
    TruthReport report = check(pipeline, rpc, last);
    while (!report.clean() && System.nanoTime() < deadline) {
      LOG.info("not converged yet: {}", report.total());
      Thread.sleep(CHECK_EVERY.toMillis());
      report = check(pipeline, rpc, last);
    }
    return report;
  }

  private static TruthReport check(EmbeddedPipeline pipeline, URI rpc, long last) throws Exception {
    RpcBlockSource source = NodeSources.direct(rpc, pipeline.settings().chainName());
    NodeChain chain = NodeChain.fetch(source, 0, last);
    TopicSnapshot topics =
        new TopicSnapshot(
            pipeline.kafka(),
            SchemaRegistryClients.create(
                Map.of("schema.registry.url", pipeline.schemaRegistryUrl())));
    String[] hostPort = pipeline.cqlHostPort().split(":");
    try (CqlSession session =
        CqlSession.builder()
            .addContactPoint(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))
            .withLocalDatacenter(pipeline.cqlLocalDatacenter())
            .build()) {
      return new GroundTruth(pipeline.settings().chainName(), chain)
          .topics(topics, pipeline.topics())
          .scylla(new ScyllaSnapshot(session, pipeline.keyspace()))
          .coldStore(
              new ColdStoreSnapshot(pipeline.coldStore().toUri(), pipeline.settings().chainName()),
              last - UNCONFIRMED_MARGIN)
          .report();
    }
  }
}
