package io.chainexplorer.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsLifecycleTest {

  @TempDir Path stateDir;

  @Test
  void shouldTerminateAndCloseOwnedResourcesWhenClosed() throws InterruptedException {
    AtomicBoolean serdesClosed = new AtomicBoolean();
    StreamsLifecycle lifecycle =
        new StreamsLifecycle(
            "test", streams(), new SimpleMeterRegistry(), () -> serdesClosed.set(true));

    assertThat(lifecycle.awaitTermination(Duration.ZERO)).isFalse();
    assertThat(lifecycle.isHealthy()).isFalse();
    lifecycle.close();

    assertThat(lifecycle.awaitTermination(Duration.ZERO)).isTrue();
    assertThat(serdesClosed).isTrue();
    assertThat(lifecycle.state()).isEqualTo(KafkaStreams.State.NOT_RUNNING);
    assertThat(lifecycle.failure()).isEmpty();
  }

  @Test
  void shouldBindStreamsMetricsToTheRegistry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    try (StreamsLifecycle lifecycle = new StreamsLifecycle("test", streams(), registry, () -> {})) {
      assertThat(registry.getMeters()).isNotEmpty();
      assertThat(registry.getMeters())
          .anyMatch(meter -> meter.getId().getName().startsWith("kafka."));
    }
  }

  private KafkaStreams streams() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in").to("out");
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "lifecycle-test");
    // never started, so never connects
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new KafkaStreams(builder.build(), properties);
  }
}
