package io.chainexplorer.schemas.topics;

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
 * Creates the missing topics of a list of catalogue specs with the catalogue's cleanup and
 * retention, one partition each, plus the caller's extra configs; existing topics are left as they
 * are.
 */
public final class TopicAdmin {

  private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /** Creates each missing topic of {@code specs} with the catalogue's configs. */
  public static void ensure(Admin admin, List<TopicSpec<?, ?>> specs) {
    ensure(admin, specs, Map.of());
  }

  /** Creates each missing topic; {@code extraConfigs} override the catalogue's on every topic. */
  public static void ensure(
      Admin admin, List<TopicSpec<?, ?>> specs, Map<String, String> extraConfigs) {
    List<NewTopic> wanted = new ArrayList<>();
    for (TopicSpec<?, ?> spec : specs) {
      Map<String, String> configs = new HashMap<>(spec.topicConfigs());
      configs.putAll(extraConfigs);
      wanted.add(new NewTopic(spec.name(), Optional.of(1), Optional.empty()).configs(configs));
    }
    for (Map.Entry<String, KafkaFuture<Void>> result :
        admin.createTopics(wanted).values().entrySet()) {
      await(result.getKey(), result.getValue());
    }
  }

  private static void await(String topic, KafkaFuture<Void> creation) {
    try {
      creation.get();
      LOG.info("created topic {}", topic);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating " + topic, e);
    }
  }
}
