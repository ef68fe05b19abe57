package io.chainexplorer.poller.backfill;

import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.publish.BlockPublisher;
import io.chainexplorer.poller.publish.PollerTopics;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.poller.rpc.Sleeper;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfills one range of a chain into its raw-block topics, resuming from the range's own cursor.
 *
 * <p>The range's cursor lives in the chain's cursor topic under {@link
 * BackfillRange#cursorName(String)}, written by a transactional id of its own: it never clashes
 * with the head follower's cursor or producer, and a restart of the same range fences a zombie run
 * and continues after the last committed block. Only blocks at least {@code reorg.window.blocks}
 * below the head are fetched, so they are final: no retraction is ever needed, and they go to the
 * confirmed raw-blocks topic too; a range reaching into the window is waited for, following the
 * head, until it has left it.
 */
public final class BackfillJob {

  private static final Logger LOG = LoggerFactory.getLogger(BackfillJob.class);

  private final PollerConfig config;
  private final BackfillRange range;
  private final Clock clock;

  public BackfillJob(PollerConfig config, BackfillRange range, Clock clock) {
    this.config = config;
    this.range = range;
    this.clock = clock;
  }

  /**
   * Waits for the range to be final, then fetches and publishes what the cursor says is left.
   *
   * @return the first block this run published, or empty when the range was already complete
   * @throws BackfillException when a block cannot be fetched
   */
  public Optional<Long> run(
      BlockSource source, OrderedBackfill.Sizing sizing, Sleeper sleeper, BackfillListener listener)
      throws InterruptedException, RpcException {
    awaitFinal(source, sleeper);
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    PollerTopics.ensure(config);
    try (BlockPublisher publisher = BlockPublisher.open(rangeConfig(), topics, clock)) {
      long first =
          publisher
              .recoverCursor()
              .map(PollerCursor::getBlockNumber)
              .map(n -> n + 1)
              .orElse(range.from());
      if (first > range.to()) {
        LOG.info(
            "backfill {}..{} of {} is already complete", range.from(), range.to(), topics.chain());
        return Optional.empty();
      }
      LOG.info(
          "backfilling {}..{} of {} from block {} with {} workers, window {}",
          range.from(),
          range.to(),
          topics.chain(),
          first,
          sizing.threads(),
          sizing.window());
      listener.started(first);
      new OrderedBackfill(source, publisher, sizing, sleeper, listener).run(first, range.to());
      return Optional.of(first);
    }
  }

  /** The configuration the range's publisher runs with: its own cursor key and transactional id. */
  PollerConfig rangeConfig() {
    Map<String, Object> properties = new HashMap<>(config.originals());
    String name = range.cursorName(config.chainName());
    properties.put(ServiceConfig.CHAIN_NAME, name);
    properties.put(PollerConfig.PUBLISH_TRANSACTIONAL_ID, PollerConfig.SERVICE + "-" + name);
    return new PollerConfig(properties);
  }

  /**
   * Follows the head, a block time at a time, until the range's last block is {@code
   * reorg.window.blocks} deep: fetched earlier, a block of it could still be replaced.
   */
  private void awaitFinal(BlockSource source, Sleeper sleeper)
      throws InterruptedException, RpcException {
    long head = source.headNumber();
    long reported = Long.MIN_VALUE;
    while (range.to() > head - config.reorgWindowBlocks()) {
      long missing = range.to() + config.reorgWindowBlocks() - head;
      // one line per block time would flood a 25-minute wait: report every tenth of it
      if (reported == Long.MIN_VALUE
          || reported - missing >= Math.max(1, config.reorgWindowBlocks() / 10)) {
        LOG.info(
            "backfill {}..{}: block {} may still be reorganised (head {}); following the head"
                + " until it is {} blocks deep, {} more blocks",
            range.from(),
            range.to(),
            range.to(),
            head,
            config.reorgWindowBlocks(),
            missing);
        reported = missing;
      }
      sleeper.sleep(config.blockTime());
      head = source.headNumber();
    }
  }
}
