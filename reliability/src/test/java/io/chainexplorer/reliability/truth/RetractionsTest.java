package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.reliability.truth.Retractions.TopicRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetractionsTest {

  private static TopicRecord live(String key, String hash) {
    return new TopicRecord(new Observed("log", key, 5, hash, key + hash), false);
  }

  private static TopicRecord retraction(String key, String hash) {
    return new TopicRecord(new Observed("log", key, 5, hash, "ignored"), true);
  }

  @Test
  void shouldRemoveTheRecordOfTheRetractedBlockOnlyWhenKeyAndHashMatch() {
    List<Observed> live =
        Retractions.apply(
            List.of(
                live("k", "orphan"),
                live("other", "orphan"),
                retraction("k", "orphan"),
                live("k", "canonical"),
                retraction("other", "elsewhere")));

    assertThat(live)
        .extracting(o -> o.key() + "@" + o.blockHash())
        .containsExactly("other@orphan", "k@canonical");
  }

  @Test
  void shouldKeepBothCopiesOfARecordPublishedTwiceSoTheCheckerSeesTheDuplicate() {
    List<Observed> live = Retractions.apply(List.of(live("k", "h"), live("k", "h")));

    assertThat(live).hasSize(2);
  }
}
