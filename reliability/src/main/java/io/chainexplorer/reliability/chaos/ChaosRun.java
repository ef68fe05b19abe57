package io.chainexplorer.reliability.chaos;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.devnet.TrafficSettings;
import io.chainexplorer.devstack.run.EmbeddedPipeline;
import io.chainexplorer.devstack.run.PipelineOptions;
import io.chainexplorer.devstack.run.PipelineSettings;
import io.chainexplorer.embedded.JsonRpcClient;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.reliability.truth.ColdStoreSnapshot;
import io.chainexplorer.reliability.truth.DecoderKnowledge;
import io.chainexplorer.reliability.truth.DevnetAbis;
import io.chainexplorer.reliability.truth.GroundTruth;
import io.chainexplorer.reliability.truth.NodeChain;
import io.chainexplorer.reliability.truth.NodeSources;
import io.chainexplorer.reliability.truth.NodeTraces;
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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chaos run on the devnet pipeline: a backfill with traffic, then head following under the
 * plan's kills and reorgs, then the ground truth of every store (decoded calls and events included)
 * over the blocks mined until the events ended, checked until it is clean or the catch-up time is
 * over.
 */
public final class ChaosRun {

  private static final Logger LOG = LoggerFactory.getLogger(ChaosRun.class);
  private static final Duration CHECK_EVERY = Duration.ofSeconds(15);

  /** What the pipeline's decoder knows: it starts with no user ABI. */
  private static final DecoderKnowledge DECODER = DevnetAbis.builtIn();

  /**
   * What a run did and found: the truth report, or why there is none (the node could not serve the
   * chain back, so nothing could be compared).
   */
  public record Result(
      ChaosPlan plan,
      List<String> events,
      Optional<TruthReport> report,
      Optional<String> noTruth,
      Duration took) {

    /** Every store held exactly the chain. */
    public boolean clean() {
      return report.map(TruthReport::clean).orElse(false);
    }
  }

  private ChaosRun() {}

  /** Runs {@code plan} with its data in {@code dataDir}. */
  public static Result run(ChaosPlan plan, Path dataDir) throws Exception {
    long started = System.nanoTime();
    LOG.info("chaos run: {}", plan);
    try (EmbeddedPipeline pipeline =
        EmbeddedPipeline.start(
            PipelineSettings.devnet(dataDir), options(plan), step -> LOG.info("start {}", step))) {
      URI rpc = URI.create(pipeline.anvilRpcUrl().orElseThrow());
      JsonRpcClient node = new JsonRpcClient(rpc);
      new TrafficBackfill(node).mine(plan.backfillBlocks());
      Duration blockTime = pipeline.settings().chain().blockTime();
      try (NodeMiner miner = NodeMiner.start(node, blockTime, plan.maxReorgDepth())) {
        awaitReach(miner, plan.maxReorgDepth(), blockTime);
        return play(plan, pipeline, node, miner, rpc, started);
      }
    }
  }

  /** The deepest reorg needs the snapshots of as many blocks mined by the miner. */
  private static void awaitReach(NodeMiner miner, int depth, Duration blockTime)
      throws InterruptedException {
    long deadline = System.nanoTime() + blockTime.multipliedBy(3L * depth + 30).toNanos();
    while (miner.reachableDepth() < depth) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the node mined too few blocks for reorgs " + depth + " deep");
      }
      Thread.sleep(blockTime.toMillis());
    }
  }

  /** The events, then the ground truth of the chain up to the head they ended at. */
  private static Result play(
      ChaosPlan plan,
      EmbeddedPipeline pipeline,
      JsonRpcClient node,
      NodeMiner miner,
      URI rpc,
      long started)
      throws Exception {
    List<String> events = new ChaosEvents(pipeline, node, miner, plan).play();
    long last = Long.decode(node.call("eth_blockNumber").asText());
    LOG.info("chaos events over at head {}; waiting for the pipeline to converge", last);
    // Blocks less than confirmations + 1 deep at the end are not in the cold store yet.
    long lastConfirmed = last - plan.confirmations() - 1;
    Optional<TruthReport> report = Optional.empty();
    Optional<String> noTruth = Optional.empty();
    try {
      report = Optional.of(converge(pipeline, rpc, last, lastConfirmed, plan.catchUp()));
    } catch (IllegalStateException | RpcException e) {
      LOG.error("no ground truth: {}", e.getMessage());
      noTruth = Optional.of(e.getMessage());
    }
    return new Result(plan, events, report, noTruth, Duration.ofNanos(System.nanoTime() - started));
  }

  /** A standby poller, confirmations deeper than any reorg, the plan's traffic, no node state. */
  static PipelineOptions options(ChaosPlan plan) {
    return new PipelineOptions(
        true,
        Map.of(PollerConfig.CONFIRMATIONS, Integer.toString(plan.confirmations())),
        Map.of(TrafficSettings.RATE, Double.toString(plan.trafficRate())),
        false);
  }

  private static TruthReport converge(
      EmbeddedPipeline pipeline, URI rpc, long last, long lastConfirmed, Duration catchUp)
      throws Exception {
    long deadline = System.nanoTime() + catchUp.toNanos();
    // The events are over: the chain up to the last head no longer changes, so it is read once.
    RpcBlockSource source = NodeSources.direct(rpc, pipeline.settings().chainName());
    NodeChain chain = NodeChain.fetchTraced(source, new NodeTraces(rpc), 0, last);
    TruthReport report = check(pipeline, chain, lastConfirmed);
    while (!report.clean() && System.nanoTime() < deadline) {
      LOG.info("not converged yet: {}", report.total());
      Thread.sleep(CHECK_EVERY.toMillis());
      report = check(pipeline, chain, lastConfirmed);
    }
    return report;
  }

  private static TruthReport check(EmbeddedPipeline pipeline, NodeChain chain, long lastConfirmed)
      throws Exception {
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
      ScyllaSnapshot scylla = new ScyllaSnapshot(session, pipeline.keyspace());
      return new GroundTruth(pipeline.settings().chainName(), chain)
          .topics(topics, pipeline.topics())
          .scylla(scylla)
          .coldStore(
              new ColdStoreSnapshot(pipeline.coldStore().toUri(), pipeline.settings().chainName()),
              lastConfirmed)
          .decodedTopics(DECODER, topics, pipeline.topics())
          .decodedRows(DECODER, scylla)
          .report();
    }
  }
}
