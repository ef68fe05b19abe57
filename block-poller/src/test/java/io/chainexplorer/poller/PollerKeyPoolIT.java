package io.chainexplorer.poller;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.KeyPoolMetrics;
import io.chainexplorer.poller.keys.KeyPoolRuntime;
import io.chainexplorer.poller.keys.ProviderProfile;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pool wired from a poller configuration against a real broker and registry. */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class PollerKeyPoolIT {

  @Test
  void shouldCarryUsageFromOneRunToTheNextThroughTheChainsUsageTopic(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    String chain = "runtime-it-" + UUID.randomUUID().toString().substring(0, 8);
    TopicSpec<?, ?> topic = TopicCatalogue.forChain(chain).apiKeyUsage();
    try (Admin admin = kafka.admin()) {
      NewTopic newTopic = new NewTopic(topic.name(), 1, (short) 1).configs(topic.topicConfigs());
      admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
    }
    PollerConfig config =
        new PollerConfig(
            Map.of(
                "chain.name",
                chain,
                "kafka.bootstrap.servers",
                kafka.bootstrapServers(),
                "schema.registry.url",
                registry.confluentApiUrl(),
                "rpc.urls",
                "http://127.0.0.1:8545"));
    ApiKey key = ApiKey.keyless("rpc-1", "rpc-1@127.0.0.1");

    try (KeyPoolRuntime first = PollerKeyPool.start(config, Map.of(), "first", Clock.systemUTC())) {
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      first.metrics().bindTo(meters);
      for (int i = 0; i < 3; i++) {
        first.pool().acquire(List.of("eth_getBlockByNumber"), Set.of(), Duration.ZERO).succeeded();
      }
      assertThat(
              meters.get(KeyPoolMetrics.USED).tag("alias", "rpc-1/rpc-1@127.0.0.1").gauge().value())
          .isEqualTo(3);
    }

    try (KeyPoolRuntime second =
        PollerKeyPool.start(config, Map.of(), "second", Clock.systemUTC())) {
      assertThat(second.pool().status(key).usedUnits()).isEqualTo(3);
      assertThat(second.pool().status(key).remainingUnits())
          .isLessThan(ProviderProfile.GENERIC.dailyBudget() - 3);
    }
  }
}
