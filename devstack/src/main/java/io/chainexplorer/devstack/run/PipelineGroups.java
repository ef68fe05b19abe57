package io.chainexplorer.devstack.run;

import io.chainexplorer.platform.kafka.ConsumerLagMonitor;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * The consumer groups of a pipeline and the topics each reads: the enricher, the decoder and, when
 * the run has stores, the two sink connectors, so that a group that has not begun counts as behind.
 */
final class PipelineGroups {

  private PipelineGroups() {}

  /** A lag monitor watching every group of the chain's pipeline, the sinks' when {@code stores}. */
  static ConsumerLagMonitor monitor(Admin admin, TopicCatalogue topics, boolean stores) {
    String chain = topics.chain().value();
    ConsumerLagMonitor monitor =
        new ConsumerLagMonitor(admin)
            .watch(
                PipelineApps.applicationId(chain, PipelineApps.ENRICHER),
                List.of(
                    topics.rawBlocks().name(),
                    topics.blockRetractions().name(),
                    topics.confirmedRawBlocks().name()))
            .watch(
                PipelineApps.applicationId(chain, PipelineApps.DECODER),
                List.of(
                    topics.transactions().name(), topics.logs().name(), topics.userAbis().name()));
    if (stores) {
      monitor
          .watch(
              SinkConnectors.group(SinkConnectors.hotName(chain)), SinkConnectors.hotTopics(topics))
          .watch(
              SinkConnectors.group(SinkConnectors.coldName(chain)),
              SinkConnectors.coldTopics(topics));
    }
    return monitor;
  }
}
