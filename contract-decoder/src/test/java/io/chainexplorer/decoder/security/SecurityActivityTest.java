package io.chainexplorer.decoder.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.SecurityTokenActivity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityActivityTest {

  @Test
  void shouldStartTheHourOfABlockTimestamp() {
    assertThat(SecurityActivity.hourStart(1_763_729_999L))
        .isEqualTo(Instant.parse("2025-11-21T12:00:00Z"));
  }

  @Test
  void shouldSumCountsAndUniteTokens() {
    Instant hour = Instant.parse("2025-11-21T12:00:00Z");
    SecurityTokenActivity a =
        SecurityActivity.increment("ERC-3643", hour, "0xb", ActivityKind.TRANSFER, false);
    SecurityTokenActivity b =
        SecurityActivity.increment("ERC-3643", hour, "0xa", ActivityKind.ISSUANCE, false);
    SecurityTokenActivity c =
        SecurityActivity.increment("ERC-3643", hour, "0xb", ActivityKind.TRANSFER, true);

    SecurityTokenActivity sum = SecurityActivity.merge(SecurityActivity.merge(a, b), c);

    assertThat(sum.getTransfers()).isZero();
    assertThat(sum.getIssuances()).isEqualTo(1);
    assertThat(sum.getActiveTokens()).containsExactly("0xa", "0xb");
    assertThat(sum.getDistinctActiveTokens()).isEqualTo(2);
    assertThat(SecurityActivity.key("ERC-3643", hour)).isEqualTo("ERC-3643:1763726400000");
  }
}
