package io.chainexplorer.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class TopicSpecTest {

  private static TopicSpec.Builder<String, String> builder() {
    return TopicSpec.builder(
            "c.x.v1", String.class, String.class, Schema.create(Schema.Type.STRING))
        .serdes(Serdes.String(), ValueSerdeFactory.utf8())
        .keyMeaning("k")
        .description("d")
        .producer(App.CLI);
  }

  @Test
  void shouldRejectDeletePolicyWithoutRetention() {
    assertThatThrownBy(() -> builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c.x.v1");
  }

  @Test
  void shouldRejectMissingDescription() {
    assertThatThrownBy(() -> builder().description(null).compacted().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("description");
  }

  @Test
  void shouldBeEqualWhenBuiltAlike() {
    TopicSpec<String, String> one = builder().retention(Duration.ofHours(1)).build();
    TopicSpec<String, String> two = builder().retention(Duration.ofHours(1)).build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(builder().compacted().build());
    assertThat(one.topicConfigs()).containsEntry("retention.ms", "3600000");
  }
}
