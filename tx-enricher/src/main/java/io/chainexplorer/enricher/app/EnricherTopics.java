package io.chainexplorer.enricher.app;

import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics the enricher reads and writes when they are absent, with the catalogue's
 * cleanup and retention and one partition each, as the poller creates its own; inputs too, so a
 * fresh cluster does not stop the app with a missing source topic.
 */
public final class EnricherTopics {

  private static final Logger LOG = LoggerFactory.getLogger(EnricherTopics.class);

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
        topics.chainMetrics(),
        topics.confirmedBlocks(),
        topics.confirmedTransactions(),
        topics.confirmedLogs(),
        topics.confirmedTokenTransfers(),
        topics.confirmedContracts(),
        topics.deadLetters(App.TX_ENRICHER));
  }

  /** Creates each missing topic; existing ones are left as they are. */
  public static void ensure(Admin admin, TopicCatalogue topics) {
    List<NewTopic> wanted = new ArrayList<>();
    for (TopicSpec<?, ?> spec : used(topics)) {
      Map<String, String> configs = new HashMap<>(spec.topicConfigs());
      configs.put("max.message.bytes", Integer.toString(EnricherTopology.MAX_RAW_BLOCK_BYTES));
      wanted.add(new NewTopic(spec.name(), Optional.of(1), Optional.empty()).configs(configs));
    }
    for (Map.Entry<String, KafkaFuture<Void>> result :
        admin.createTopics(wanted).values().entrySet()) {
      try {
        result.getValue().get();
        LOG.info("created topic {}", result.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException("cannot create topic " + result.getKey(), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while creating " + result.getKey(), e);
      }
    }
  }
}
