package io.chainexplorer.decoder.topology;

import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.ArrayList;
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
 * Creates the topics the decoder reads and writes when they are absent, with the catalogue's
 * cleanup and retention and one partition each; inputs too, so a fresh cluster does not stop the
 * app with a missing source topic.
 */
public final class DecoderTopics {

  private static final Logger LOG = LoggerFactory.getLogger(DecoderTopics.class);

  private DecoderTopics() {}

  /** Every topic of the topology, inputs first. */
  public static List<TopicSpec<?, ?>> used(TopicCatalogue topics) {
    return List.of(
        topics.transactions(),
        topics.logs(),
        topics.userAbis(),
        topics.decodedCalls(),
        topics.decodedEvents(),
        topics.securityTokenActivity(),
        topics.deadLetters(App.CONTRACT_DECODER));
  }

  /** Creates each missing topic; existing ones are left as they are. */
  public static void ensure(Admin admin, TopicCatalogue topics) {
    List<NewTopic> wanted = new ArrayList<>();
    for (TopicSpec<?, ?> spec : used(topics)) {
      wanted.add(
          new NewTopic(spec.name(), Optional.of(1), Optional.empty()).configs(spec.topicConfigs()));
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
