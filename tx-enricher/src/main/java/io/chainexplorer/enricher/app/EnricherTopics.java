package io.chainexplorer.enricher.app;

import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicAdmin;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Creates the topics the enricher reads and writes when they are absent, with the catalogue's
 * cleanup and retention and one partition each, as the poller creates its own; inputs too, so a
 * fresh cluster does not stop the app with a missing source topic.
 */
public final class EnricherTopics {

  private EnricherTopics() {}

  /** Every topic of the topology, inputs first. */
  public static List<TopicSpec<?, ?>> used(TopicCatalogue topics) {
    return List.of(
        topics.rawBlocks(),
        topics.blockRetractions(),
        topics.confirmedRawBlocks(),
        topics.blocks(),
        topics.transactions(),
        topics.logs(),
        topics.tokenTransfers(),
        topics.contracts(),
        topics.internalTransactions(),
        topics.chainMetrics(),
        topics.confirmedBlocks(),
        topics.confirmedTransactions(),
        topics.confirmedLogs(),
        topics.confirmedTokenTransfers(),
        topics.confirmedContracts(),
        topics.confirmedInternalTransactions(),
        topics.deadLetters(App.TX_ENRICHER));
  }

  /** Creates each missing topic, sized for the largest raw block; existing ones are left as-is. */
  public static void ensure(Admin admin, TopicCatalogue topics) {
    TopicAdmin.ensure(
        admin,
        used(topics),
        Map.of("max.message.bytes", Integer.toString(EnricherTopology.MAX_RAW_BLOCK_BYTES)));
  }
}
