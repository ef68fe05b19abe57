package io.chainexplorer.devstack.run;

import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.util.List;
import java.util.Optional;

/**
 * The counts behind the summary line: records of the main topics, rows and files in the stores (-1
 * when the run has none).
 */
final class PipelineStats implements AutoCloseable {

  private final TopicCatalogue topics;
  private final TopicCounter counter;
  private final Optional<StoreCounts> stores;

  /**
   * Starts counting.
   *
   * @param stores the stores' counts; empty when the run has no stores
   * @param sinceMillis raw blocks written from this moment on count as new
   */
  PipelineStats(
      TopicCatalogue topics, String kafka, Optional<StoreCounts> stores, long sinceMillis) {
    this.topics = topics;
    this.counter =
        new TopicCounter(
            kafka,
            List.of(
                topics.rawBlocks().name(),
                topics.blocks().name(),
                topics.transactions().name(),
                topics.decodedCalls().name()),
            topics.rawBlocks().name(),
            sinceMillis);
    this.stores = stores;
  }

  long newRawBlocks() {
    return counter.recent();
  }

  RunSummary summary(long lag) {
    return new RunSummary(
        counter.count(topics.blocks().name()),
        counter.count(topics.transactions().name()),
        counter.count(topics.decodedCalls().name()),
        stores.map(StoreCounts::hotRows).orElse(-1L),
        stores.map(StoreCounts::coldFiles).orElse(-1L),
        lag);
  }

  @Override
  public void close() {
    counter.close();
  }
}
