package io.chainexplorer.poller.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.ApiKeyUsage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageIndexTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-21");
  private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
  private final ApiKey key = ApiKey.of("infura", "main", "secret");
  private final UsageIndex index = new UsageIndex("poller-a");

  private static ApiKeyUsage usage(long units) {
    return new ApiKeyUsage("infura", "main", DAY, units, Map.of("eth_blockNumber", units));
  }

  @Test
  void shouldSumOtherInstancesAndKeepOwnTotalApart() {
    index.apply("infura:main:2026-11-21:poller-a", usage(10), NOON);
    index.apply("infura:main:2026-11-21:poller-b", usage(20), NOON);
    index.apply("infura:main:2026-11-21:poller-c", usage(5), NOON.minusSeconds(60));
    index.apply("infura:main:2026-11-21:poller-b", usage(25), NOON);

    assertThat(index.others(key, DAY, NOON.minusSeconds(3)))
        .isEqualTo(new UsageLedger.SharedUsage(30, 2, 1));
    assertThat(index.own(key, DAY).units()).isEqualTo(10);
    assertThat(index.recordKey(key, DAY)).isEqualTo("infura:main:2026-11-21:poller-a");
  }

  @Test
  void shouldForgetTombstonedInstancesAndPastDays() {
    index.apply("infura:main:2026-11-21:poller-b", usage(20), NOON);
    index.apply("infura:main:2026-11-20:poller-b", usage(99), NOON);
    index.apply("infura:main:2026-11-21:poller-b", null, NOON);
    index.forgetBefore(DAY);

    assertThat(index.others(key, DAY, NOON)).isEqualTo(UsageLedger.SharedUsage.NONE);
    assertThat(index.others(key, DAY.minusDays(1), NOON)).isEqualTo(UsageLedger.SharedUsage.NONE);
  }

  @Test
  void shouldRejectInstanceIdThatWouldBreakTheRecordKey() {
    assertThatThrownBy(() -> new UsageIndex("a:b")).isInstanceOf(IllegalArgumentException.class);
  }
}
