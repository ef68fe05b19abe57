package io.chainexplorer.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.BlockRetraction;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class TopicSpecSerdesTest {

  private static final Map<String, Object> REGISTRY =
      Map.of("schema.registry.url", "mock://topic-spec-serdes-test");

  private final TopicCatalogue catalogue = TopicCatalogue.forChain("eth-mainnet");

  @Test
  void shouldRoundTripBlockNumberKeysThroughTheKeySerde() {
    Serde<Long> keys = catalogue.blockRetractions().keySerde();
    String topic = catalogue.blockRetractions().name();

    assertThat(keys.deserializer().deserialize(topic, keys.serializer().serialize(topic, 42L)))
        .isEqualTo(42L);
  }

  @Test
  void shouldRoundTripAvroValuesThroughTheRegistryTheConfigNames() {
    TopicSpec<Long, BlockRetraction> spec = catalogue.blockRetractions();
    BlockRetraction retraction =
        BlockRetraction.newBuilder()
            .setBlockNumber(7L)
            .setBlockHash("0x" + "a".repeat(64))
            .setBlockTimestamp(1_700_000_000L)
            .setCanonicalBlockHash("0x" + "b".repeat(64))
            .setDepth(1L)
            .setDetectedAt(Instant.ofEpochMilli(1_700_000_000_000L))
            .build();

    try (Serde<BlockRetraction> values = spec.valueSerde(REGISTRY)) {
      byte[] frame = values.serializer().serialize(spec.name(), retraction);

      assertThat(frame[0]).isZero();
      assertThat(values.deserializer().deserialize(spec.name(), frame)).isEqualTo(retraction);
    }
  }

  @Test
  void shouldWriteUserAbisAsPlainUtf8Text() {
    TopicSpec<String, String> spec = catalogue.userAbis();

    try (Serde<String> values = spec.valueSerde(REGISTRY)) {
      assertThat(values.serializer().serialize(spec.name(), "[]")).isEqualTo(new byte[] {'[', ']'});
    }
  }

  @Test
  void shouldGiveEveryCatalogueTopicAKeySerdeAndAValueSerde() {
    for (TopicSpec<?, ?> spec : catalogue.all()) {
      try (Serde<?> values = spec.valueSerde(REGISTRY)) {
        assertThat(spec.keySerde()).as(spec.name()).isNotNull();
        assertThat(values).as(spec.name()).isNotNull();
      }
    }
  }
}
