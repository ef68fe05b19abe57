package io.chainexplorer.reliability.chaos;

import io.chainexplorer.cli.run.EmbeddedPipeline;
import io.chainexplorer.embedded.JsonRpcClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a plan's kills and reorgs in a seeded random order with random pauses: a kill is a kill -9
 * of one service followed, after a pause, by its restart; a reorg replaces the last 1..max blocks
 * of the node with new ones ({@code anvil_reorg}).
 */
final class ChaosEvents {

  /**
   * The services a kill may hit, as {@link EmbeddedPipeline} names them; the Connect worker joins
   * them once the pipeline can kill and restart it.
   */
  static final List<String> SERVICES =
      List.of("block-poller", "tx-enricher", "contract-decoder", EmbeddedPipeline.CONNECT);

  private static final Logger LOG = LoggerFactory.getLogger(ChaosEvents.class);

  private final EmbeddedPipeline pipeline;
  private final JsonRpcClient node;
  private final ChaosPlan plan;
  private final Random random;
  private final List<String> log = new ArrayList<>();

  ChaosEvents(EmbeddedPipeline pipeline, JsonRpcClient node, ChaosPlan plan) {
    this.pipeline = pipeline;
    this.node = node;
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
    record("kill -9 " + service);
    pipeline.kill(service);
    pause();
    record("restart " + service);
    pipeline.restart(service);
  }

  private void reorg(int depth) {
    long head = Long.decode(node.call("eth_blockNumber").asText());
    record("reorg depth " + depth + " at head " + head);
    node.call("anvil_reorg", depth, List.of());
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
