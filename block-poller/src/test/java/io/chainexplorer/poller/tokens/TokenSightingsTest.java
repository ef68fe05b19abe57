package io.chainexplorer.poller.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.chainexplorer.avro.RawLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which contracts of a block are tokens, by topic0 and the number of topics. */
class TokenSightingsTest {

  private static final String WORD = "0x" + "00".repeat(32);

  @Test
  void shouldTellStandardsApartByTopicCountWhenTransferIsShared() {
    TokenSightings sightings =
        TokenSightings.ofLogs(
            List.of(
                log("0xAA", TokenSightings.TRANSFER, 3),
                log("0xbb", TokenSightings.TRANSFER, 4),
                log("0xcc", TokenSightings.TRANSFER_BATCH, 4),
                log("0xdd", TokenSightings.TRANSFER_SINGLE, 4),
                log("0xee", TokenSightings.TRANSFER, 1),
                log("0xaa", TokenSightings.TRANSFER, 4)));

    assertThat(sightings.tokens())
        .containsExactly(
            entry("0xaa", "ERC20"),
            entry("0xbb", "ERC721"),
            entry("0xcc", "ERC1155"),
            entry("0xdd", "ERC1155"));
    assertThat(sightings.upgraded()).isEmpty();
  }

  @Test
  void shouldNoteUpgradedProxiesWhenTheyEmitUpgraded() {
    TokenSightings sightings =
        TokenSightings.ofLogs(
            List.of(
                log("0xaa", TokenSightings.UPGRADED, 2), log("0xbb", TokenSightings.UPGRADED, 1)));

    assertThat(sightings.upgraded()).containsExactly("0xaa");
    assertThat(sightings.tokens()).isEmpty();
  }

  private static RawLog log(String address, String topic0, int topics) {
    List<String> all = new ArrayList<>();
    all.add(topic0);
    for (int i = 1; i < topics; i++) {
      all.add(WORD);
    }
    return RawLog.newBuilder()
        .setAddress(address)
        .setTopics(all)
        .setData("0x")
        .setLogIndex(0)
        .setRemoved(false)
        .build();
  }
}
