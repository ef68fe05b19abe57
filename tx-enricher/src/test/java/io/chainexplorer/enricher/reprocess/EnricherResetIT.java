package io.chainexplorer.enricher.reprocess;

import static io.chainexplorer.enricher.RawBlockTopics.await;
import static io.chainexplorer.enricher.RawBlockTopics.publishWithoutTransaction;
import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.enricher.EnricherApp;
import io.chainexplorer.enricher.EnricherSetup;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.RawBlockBuilder;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.records.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class EnricherResetIT {

  private static final String CHAIN = "eth-reset-it";

  @TempDir Path stateDir;

  @Test
  void shouldRepublishEveryDerivedRecordWhenRestartedAfterAReset(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    EnricherConfig config = EnricherSetup.config(CHAIN, kafka, registry, stateDir);
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    List<RawBlock> blocks =
        List.of(
            RawBlockBuilder.block(1, "a").nativeTransfer(address(1), address(2), 5).build(),
            RawBlockBuilder.block(2, "a").nativeTransfer(address(3), address(4), 7).build());
    try (TopicSerdes serdes = EnricherSetup.serdes(registry)) {
      try (EnricherApp app = EnricherApp.start(config, new SimpleMeterRegistry())) {
        Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
        publishWithoutTransaction(kafka, serdes, topics, blocks);
        assertThat(await(kafka, serdes, topics.transactions(), 2)).hasSize(2);
        assertThatThrownBy(() -> new EnricherReset(config).run())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("stop every instance");
      }
      awaitGroupEmpty(kafka, config.applicationId());

      ResetSummary summary = new EnricherReset(config).run();

      assertThat(summary.rewoundTo())
          .containsEntry(new TopicPartition(topics.rawBlocks().name(), 0), 0L);
      assertThat(summary.deletedInternalTopics())
          .isNotEmpty()
          .allSatisfy(topic -> assertThat(topic).startsWith(config.applicationId() + "-"));
      assertThat(Files.exists(stateDir.resolve(config.applicationId()))).isFalse();
      assertThat(committed(kafka, config.applicationId(), topics.rawBlocks().name())).isZero();

      try (EnricherApp app = EnricherApp.start(config, new SimpleMeterRegistry())) {
        List<ConsumerRecord<String, Transaction>> replayed =
            await(kafka, serdes, topics.transactions(), 4);
        assertThat(replayed).hasSize(4);
        assertThat(replayed.subList(2, 4))
            .extracting(ConsumerRecord::key)
            .containsExactlyElementsOf(
                replayed.subList(0, 2).stream().map(ConsumerRecord::key).toList());
        assertThat(await(kafka, serdes, topics.blocks(), 4)).hasSize(4);
        Awaitility.await()
            .atMost(TopicRecords.TIMEOUT)
            .until(() -> committed(kafka, config.applicationId(), topics.rawBlocks().name()) == 2L);
        assertThat(app.failure()).isEmpty();
      }
    }
  }

  private static void awaitGroupEmpty(KafkaEndpoint kafka, String group) {
    try (Admin admin = kafka.admin()) {
      Awaitility.await()
          .atMost(TopicRecords.TIMEOUT)
          .until(
              () ->
                  admin
                      .describeConsumerGroups(List.of(group))
                      .describedGroups()
                      .get(group)
                      .get()
                      .members()
                      .isEmpty());
    }
  }

  private static long committed(KafkaEndpoint kafka, String group, String topic) throws Exception {
    try (Admin admin = kafka.admin()) {
      OffsetAndMetadata offset =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get()
              .get(new TopicPartition(topic, 0));
      return offset == null ? -1 : offset.offset();
    }
  }
}
