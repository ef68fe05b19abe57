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
 * and continues after the last committed block. The range must end at least {@code
 * reorg.window.blocks} below the head, so its blocks are final: no retraction is ever needed, and
 * they go to the confirmed raw-blocks topic too.
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
   * Checks the range against the head, then fetches and publishes what the cursor says is left.
   *
   * @return the first block this run published, or empty when the range was already complete
   * @throws BackfillException when the range is too close to the head or a block cannot be fetched
   */
  public Optional<Long> run(
      BlockSource source, OrderedBackfill.Sizing sizing, Sleeper sleeper, BackfillListener listener)
      throws InterruptedException, RpcException {
    checkBelowReorgWindow(source.headNumber());
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

  private void checkBelowReorgWindow(long head) {
    long highestFinal = head - config.reorgWindowBlocks();
    if (range.to() > highestFinal) {
      throw new BackfillException(
          "backfill range ends at "
              + range.to()
              + " but blocks above "
              + highestFinal
              + " (head "
              + head
              + " minus reorg.window.blocks) may still be reorganised: follow them with poll");
    }
  }
}
