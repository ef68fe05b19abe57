package io.chainexplorer.enricher.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.enricher.config.EnricherConfig;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

  private final Properties streams =
      StreamsSettings.streams(new EnricherConfig(Map.of("chain.name", "eth-test")));

  @Test
  void shouldBatchAWholeBlocksRecordsPerTopicWhenProducing() {
    assertThat(streams.get("producer.batch.size")).isEqualTo(512 * 1024);
    assertThat(streams.get("producer.compression.type")).isEqualTo("zstd");
  }

  @Test
  void shouldAcceptTheLargestRawBlockOnFetchAndProduce() {
    assertThat(streams.get("consumer.max.partition.fetch.bytes")).isEqualTo(16 * 1024 * 1024);
    assertThat(streams.get("producer.max.request.size")).isEqualTo(16 * 1024 * 1024);
  }
}
