package io.chainexplorer.devstack.run;

import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** The counts behind the summary line: records of the main topics, rows and files in the stores. */
final class PipelineStats implements AutoCloseable {

  private final TopicCatalogue topics;
  private final TopicCounter counter;
  private final StoreCounts stores;

  /**
   * Starts counting.
   *
   * @param sinceMillis raw blocks written from this moment on count as new
   */
  PipelineStats(
      TopicCatalogue topics, String kafka, URI sinkMetrics, Path coldStore, long sinceMillis) {
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
    this.stores = new StoreCounts(sinkMetrics, coldStore);
  }

  long newRawBlocks() {
    return counter.recent();
  }

  RunSummary summary(long lag) {
    return new RunSummary(
        counter.count(topics.blocks().name()),
        counter.count(topics.transactions().name()),
        counter.count(topics.decodedCalls().name()),
        stores.hotRows(),
        stores.coldFiles(),
        lag);
  }

  @Override
  public void close() {
    counter.close();
  }
}
