package io.chainexplorer.poller.publish;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.topics.TopicAdmin;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Creates the topics the poller writes when they are absent, through {@link TopicAdmin}: the
 * catalogue's cleanup and retention, one partition each (blocks stay in height order), the broker's
 * replication factor, room for the largest raw block.
 */
public final class PollerTopics {

  private PollerTopics() {}

  /** The topics the poller writes, in catalogue order. */
  public static List<TopicSpec<?, ?>> written(TopicCatalogue topics) {
    return List.of(
        topics.rawBlocks(),
        topics.blockRetractions(),
        topics.confirmedRawBlocks(),
        topics.pollerCursor(),
        topics.apiKeyUsage(),
        topics.tokens());
  }

  /** Creates each missing topic of the configured chain with a short-lived admin client. */
  public static void ensure(PollerConfig config) {
    KafkaAdmin.run(config, admin -> ensure(admin, TopicCatalogue.forChain(config.chainName())));
  }

  /** Creates each missing topic, sized for the largest raw block; existing ones are left as-is. */
  public static void ensure(Admin admin, TopicCatalogue topics) {
    TopicAdmin.ensure(
        admin,
        written(topics),
        Map.of("max.message.bytes", Integer.toString(KafkaSettings.MAX_MESSAGE_BYTES)));
  }
}
