package io.chainexplorer.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class TopicAdminIT {

  @Test
  void shouldCreateMissingTopicsWithCatalogueAndExtraConfigsAndLeaveExistingOnes(
      KafkaEndpoint kafka) throws Exception {
    TopicCatalogue topics = TopicCatalogue.forChain("eth-topic-admin-it");
    List<TopicSpec<?, ?>> specs = List.of(topics.blocks(), topics.logs());

    try (Admin admin = kafka.admin()) {
      TopicAdmin.ensure(admin, specs, Map.of("max.message.bytes", "2097152"));
      TopicAdmin.ensure(admin, specs);

      assertThat(admin.listTopics().names().get())
          .contains(topics.blocks().name(), topics.logs().name());
      ConfigResource blocks = new ConfigResource(ConfigResource.Type.TOPIC, topics.blocks().name());
      Config config = admin.describeConfigs(Set.of(blocks)).all().get().get(blocks);
      assertThat(config.get("cleanup.policy").value())
          .isEqualTo(topics.blocks().topicConfigs().get("cleanup.policy"));
      assertThat(config.get("retention.ms").value())
          .isEqualTo(topics.blocks().topicConfigs().get("retention.ms"));
      assertThat(config.get("max.message.bytes").value()).isEqualTo("2097152");
      assertThat(
              admin
                  .describeTopics(Set.of(topics.logs().name()))
                  .allTopicNames()
                  .get()
                  .get(topics.logs().name())
                  .partitions())
          .hasSize(1);
    }
  }
}
