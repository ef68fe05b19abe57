package io.chainexplorer.poller.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class LeaderElectionIT {

  @Test
  void shouldElectOneLeaderAndHandOverWhenItLeaves(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = BlockPublisherIT.config(kafka, registry, "elect");
    TopicCatalogue topics = BlockPublisherIT.ensureTopics(kafka, config);

    try (LeaderElection first = LeaderElection.join(config, topics)) {
      assertThat(first.awaitLeadership(Duration.ofSeconds(30))).isTrue();
      try (LeaderElection second = LeaderElection.join(config, topics)) {
        assertThat(second.awaitLeadership(Duration.ofSeconds(8))).isFalse();
        assertThat(first.isLeader()).isTrue();

        first.close();

        assertThat(second.awaitLeadership(Duration.ofSeconds(30))).isTrue();
      }
    }
  }

  /**
   * A member that stopped polling without leaving (a process frozen, or one the coordinator still
   * lists after a broker restart although it died) may delay a hand-over by the rebalance timeout
   * only: well under the consumer default of five minutes.
   */
  @Test
  void shouldHandOverWithinTheRejoinTimeoutWhileAMemberNoLongerPolls(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    PollerConfig config = BlockPublisherIT.config(kafka, registry, "elect-frozen");
    TopicCatalogue topics = BlockPublisherIT.ensureTopics(kafka, config);

    try (LeaderElection first = LeaderElection.join(config, topics);
        KafkaConsumer<byte[], byte[]> frozen =
            new KafkaConsumer<>(LeaderElection.settings(config))) {
      assertThat(first.awaitLeadership(Duration.ofSeconds(30))).isTrue();
      frozen.subscribe(List.of(topics.pollerCursor().name()));
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> frozen.poll(Duration.ofMillis(200)).isEmpty() && joined(frozen));
      try (LeaderElection second = LeaderElection.join(config, topics)) {
        first.close();

        assertThat(second.awaitLeadership(LeaderElection.REJOIN_TIMEOUT.multipliedBy(3))).isTrue();
      }
    }
  }

  private static boolean joined(KafkaConsumer<byte[], byte[]> consumer) {
    return consumer.groupMetadata().generationId() > 0;
  }

  @Test
  void shouldNotShareTheSeatAcrossChains(KafkaEndpoint kafka, SchemaRegistryEndpoint registry)
      throws Exception {
    PollerConfig one = BlockPublisherIT.config(kafka, registry, "elect-one");
    PollerConfig two = BlockPublisherIT.config(kafka, registry, "elect-two");

    try (LeaderElection first =
            LeaderElection.join(one, BlockPublisherIT.ensureTopics(kafka, one));
        LeaderElection second =
            LeaderElection.join(two, BlockPublisherIT.ensureTopics(kafka, two))) {
      assertThat(first.awaitLeadership(Duration.ofSeconds(30))).isTrue();
      assertThat(second.awaitLeadership(Duration.ofSeconds(30))).isTrue();
    }
  }
}
