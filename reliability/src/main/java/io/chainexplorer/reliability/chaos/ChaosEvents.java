package io.chainexplorer.reliability.chaos;

import io.chainexplorer.devstack.run.EmbeddedPipeline;
import io.chainexplorer.embedded.JsonRpcClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a plan's kills and reorgs in a seeded random order with random pauses: a kill is a kill -9
 * of one service (a poller by its role: the leader or the standby) followed, after a pause, by its
 * restart; a reorg replaces the last 1..max blocks of the node with new ones ({@link NodeMiner}).
 */
final class ChaosEvents {

  /** The services a kill hits in turn, as {@link EmbeddedPipeline} names them. */
  static final List<String> SERVICES =
      List.of(
          EmbeddedPipeline.POLLER_LEADER,
          "tx-enricher",
          "contract-decoder",
          EmbeddedPipeline.CONNECT,
          EmbeddedPipeline.POLLER_STANDBY,
          EmbeddedPipeline.KAFKA);

  private static final Logger LOG = LoggerFactory.getLogger(ChaosEvents.class);

  /** How long a standby may take to lead after the leader died (session timeout, rebalance). */
  private static final Duration LEADER_WAIT = Duration.ofSeconds(90);

  private static final int MAX_REORG_ATTEMPTS = 5;

  private final EmbeddedPipeline pipeline;
  private final JsonRpcClient node;
  private final NodeMiner miner;
  private final ChaosPlan plan;
  private final Random random;
  private final List<String> log = new ArrayList<>();

  ChaosEvents(EmbeddedPipeline pipeline, JsonRpcClient node, NodeMiner miner, ChaosPlan plan) {
    this.pipeline = pipeline;
    this.node = node;
    this.miner = miner;
    this.plan = plan;
    this.random = new Random(plan.seed());
  }

  /** Plays every event; returns one line per event, in order. */
  List<String> play() throws InterruptedException {
    List<Boolean> kills = new ArrayList<>();
    for (int i = 0; i < plan.kills(); i++) {
      kills.add(true);
    }
    for (int i = 0; i < plan.reorgs(); i++) {
      kills.add(false);
    }
    Collections.shuffle(kills, random);
    int served = 0;
    for (boolean kill : kills) {
      pause();
      if (kill) {
        // Every service is hit at least once before any is hit twice.
        String service = SERVICES.get(served++ % SERVICES.size());
        killAndRestart(service);
      } else {
        reorg(1 + random.nextInt(plan.maxReorgDepth()));
      }
    }
    return List.copyOf(log);
  }

  private void killAndRestart(String service) throws InterruptedException {
    if (EmbeddedPipeline.POLLER_LEADER.equals(service)) {
      awaitLeader();
    }
    String killed = pipeline.kill(service);
    record("kill -9 " + service + (killed.equals(service) ? "" : " = " + killed));
    pause();
    record("restart " + service);
    pipeline.restart(service);
  }

  /** A poller killed earlier may not have handed the seat over yet; the next leader is awaited. */
  private void awaitLeader() throws InterruptedException {
    long deadline = System.nanoTime() + LEADER_WAIT.toNanos();
    while (pipeline.pollerLeader().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no poller has led the chain for " + LEADER_WAIT);
      }
      Thread.sleep(500);
    }
  }

  /**
   * Reorgs the node; a reorg the node refuses (a revert it cannot make) is recorded and followed by
   * another attempt of a fresh depth, so that the plan's count of reorgs still happens.
   */
  private void reorg(int depth) throws InterruptedException {
    int tryDepth = depth;
    for (int attempt = 1; ; attempt++) {
      long head = Long.decode(node.call("eth_blockNumber").asText());
      try {
        miner.reorg(tryDepth);
        record("reorg depth " + tryDepth + " at head " + head);
        return;
      } catch (IllegalStateException e) {
        LOG.warn("node refused a reorg: {}", e.getMessage());
        record("refused reorg depth " + tryDepth + " at head " + head);
        if (attempt == MAX_REORG_ATTEMPTS) {
          return;
        }
      }
      pause();
      tryDepth = 1 + random.nextInt(plan.maxReorgDepth());
    }
  }

  private void pause() throws InterruptedException {
    long max = Math.max(1, plan.maxPause().toMillis());
    Thread.sleep(random.nextLong(max));
  }

  private void record(String event) {
    LOG.info("chaos event {}: {}", log.size() + 1, event);
    log.add(event);
  }
}
