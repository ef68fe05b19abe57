package io.chainexplorer.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicKeysTest {

  @Test
  void shouldSpellCompositeKeysWithColons() {
    assertThat(TopicKeys.log("0xab", 7)).isEqualTo("0xab:7");
    assertThat(TopicKeys.tokenTransfer("0xab", 7, 0)).isEqualTo("0xab:7:0");
    assertThat(TopicKeys.apiKeyUsage("alchemy", "main", LocalDate.of(2026, 1, 2)))
        .isEqualTo("alchemy:main:2026-01-02");
    assertThat(TopicKeys.deadLetter("eth-mainnet.raw-blocks.v1", 3, 42))
        .isEqualTo("eth-mainnet.raw-blocks.v1:3:42");
    assertThat(TopicKeys.internalTransaction("0xab", List.of())).isEqualTo("0xab:");
    assertThat(TopicKeys.internalTransaction("0xab", List.of(1, 0, 12))).isEqualTo("0xab:1.0.12");
  }
}
