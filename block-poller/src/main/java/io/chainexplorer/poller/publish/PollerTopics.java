package io.chainexplorer.poller.publish;

import io.chainexplorer.poller.config.PollerConfig;
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
 * Creates the topics the poller writes when they are absent, with the catalogue's cleanup and
 * retention, one partition each (blocks stay in height order) and the broker's replication factor.
 */
public final class PollerTopics {

  private static final Logger LOG = LoggerFactory.getLogger(PollerTopics.class);

  private PollerTopics() {}

  /** The topics the poller writes, in catalogue order. */
  public static List<TopicSpec<?, ?>> written(TopicCatalogue topics) {
    return List.of(
        topics.rawBlocks(),
        topics.blockRetractions(),
        topics.confirmedRawBlocks(),
        topics.pollerCursor(),
        topics.apiKeyUsage());
  }

  /** Creates each missing topic of the configured chain with a short-lived admin client. */
  public static void ensure(PollerConfig config) {
    KafkaAdmin.run(config, admin -> ensure(admin, TopicCatalogue.forChain(config.chainName())));
  }

  /** Creates each missing topic; existing ones are left as they are. */
  public static void ensure(Admin admin, TopicCatalogue topics) {
    List<NewTopic> wanted = new ArrayList<>();
    for (TopicSpec<?, ?> spec : written(topics)) {
      Map<String, String> configs = new HashMap<>(spec.topicConfigs());
      configs.put("max.message.bytes", Integer.toString(KafkaSettings.MAX_MESSAGE_BYTES));
      wanted.add(new NewTopic(spec.name(), Optional.of(1), Optional.empty()).configs(configs));
    }
    Map<String, KafkaFuture<Void>> results = admin.createTopics(wanted).values();
    for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
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
