package io.chainexplorer.poller.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The pool's view of a budget other instances share, through a hand-written ledger. */
class SharedBudgetTest {

  private static final List<String> BLOCK = List.of("eth_getBlockByNumber");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
  private final FakeLedger ledger = new FakeLedger();
  private final Provider provider =
      new Provider("generic", "https://g.example/${key}", MethodWeights.flat(1), 100, 1_000);
  private final ApiKey key = ApiKey.of("generic", "a", "secret");

  @Test
  void shouldReserveRateTimesStalenessPerOtherInstance() {
    ledger.others = new UsageLedger.SharedUsage(500, 2, 0);
    DefaultKeyPool pool =
        new DefaultKeyPool(Map.of(provider, List.of(key)), ledger, clock, KeyPoolListener.NONE);

    // 1000 - 500 used elsewhere - 2 instances x 100 units/s x 1 s.
    assertThat(pool.status(key).remainingUnits()).isEqualTo(300);
    assertThat(pool.status(key).usedUnits()).isEqualTo(500);
  }

  @Test
  void shouldSplitThePerSecondLimitWithInstancesSpendingNow() throws Exception {
    DefaultKeyPool pool =
        new DefaultKeyPool(Map.of(provider, List.of(key)), ledger, clock, KeyPoolListener.NONE);
    ledger.others = new UsageLedger.SharedUsage(10, 2, 1);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO).succeeded();

    assertThat(
            pool.rateLimiters().rateLimiter("generic/a").getRateLimiterConfig().getLimitForPeriod())
        .isEqualTo(50);

    ledger.others = new UsageLedger.SharedUsage(10, 2, 0);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO).succeeded();

    assertThat(
            pool.rateLimiters().rateLimiter("generic/a").getRateLimiterConfig().getLimitForPeriod())
        .isEqualTo(100);
  }

  @Test
  void shouldResumeFromRestoredUsageAndPublishRunningTotal() throws Exception {
    ledger.restored = new UsageLedger.KeyUsage(998, Map.of("eth_getBlockByNumber", 998L));
    DefaultKeyPool pool =
        new DefaultKeyPool(Map.of(provider, List.of(key)), ledger, clock, KeyPoolListener.NONE);

    pool.acquire(BLOCK, Set.of(), Duration.ZERO).succeeded();
    pool.acquire(BLOCK, Set.of(), Duration.ZERO).succeeded();

    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(), Duration.ZERO))
        .isInstanceOf(NoKeyAvailableException.class);
    UsageLedger.KeyUsage published = ledger.recorded.get(LocalDate.parse("2026-11-21"));
    assertThat(published.units()).isEqualTo(1_000);
    assertThat(published.callsByMethod()).containsEntry("eth_getBlockByNumber", 1_000L);
  }

  private static final class FakeLedger implements UsageLedger {
    volatile SharedUsage others = SharedUsage.NONE;
    volatile KeyUsage restored = KeyUsage.NONE;
    final Map<LocalDate, KeyUsage> recorded = new ConcurrentHashMap<>();

    @Override
    public KeyUsage restored(ApiKey key, LocalDate day) {
      return restored;
    }

    @Override
    public SharedUsage others(ApiKey key, LocalDate day) {
      return others;
    }

    @Override
    public void record(ApiKey key, LocalDate day, KeyUsage usage) {
      recorded.put(day, usage);
    }

    @Override
    public Duration staleness() {
      return Duration.ofSeconds(1);
    }

    @Override
    public void close() {
      // Nothing held.
    }
  }
}
