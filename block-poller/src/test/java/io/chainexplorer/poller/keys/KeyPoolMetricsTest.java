package io.chainexplorer.poller.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPoolMetricsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final KeyPoolMetrics metrics =
      new KeyPoolMetrics("eth-mainnet", Duration.ofSeconds(12), clock);
  private final Provider alchemy =
      new Provider(
          "alchemy", "https://a.example/v2/${key}", ProviderProfile.ALCHEMY.weights(), 1e6, 1_000);
  private final Provider infura =
      Provider.of("infura", "https://i.example/v3/${key}", ProviderProfile.INFURA);
  private final DefaultKeyPool pool;

  KeyPoolMetricsTest() {
    Map<Provider, List<ApiKey>> keys = new LinkedHashMap<>();
    keys.put(alchemy, List.of(ApiKey.of("alchemy", "a", "alchemy-secret")));
    keys.put(infura, List.of(ApiKey.of("infura", "i", "infura-secret")));
    pool = new DefaultKeyPool(keys, UsageLedger.inMemory(), clock, metrics);
    metrics.watch(pool).bindTo(registry);
  }

  private double counter(String name, String alias, String method, String outcome) {
    return registry
        .get(name)
        .tag("alias", alias)
        .tag("method", method)
        .tag("outcome", outcome)
        .counter()
        .count();
  }

  private double gauge(String name, String alias) {
    return registry.get(name).tag("alias", alias).gauge().value();
  }

  @Test
  void shouldCountBatchMembersAndTheirUnitsByMethodAndOutcome() throws Exception {
    pool.acquire(
            List.of("eth_getTransactionReceipt", "eth_getTransactionReceipt", "eth_getLogs"),
            Set.of("infura/i"),
            Duration.ZERO)
        .succeeded();

    assertThat(counter(KeyPoolMetrics.CALLS, "alchemy/a", "eth_getTransactionReceipt", "succeeded"))
        .isEqualTo(2);
    assertThat(counter(KeyPoolMetrics.UNITS, "alchemy/a", "eth_getTransactionReceipt", "succeeded"))
        .isEqualTo(40);
    assertThat(counter(KeyPoolMetrics.UNITS, "alchemy/a", "eth_getLogs", "succeeded"))
        .isEqualTo(60);
  }

  @Test
  void shouldCountRateLimitQuotaAndAuthRejections() throws Exception {
    List<String> block = List.of("eth_getBlockByNumber");
    pool.acquire(block, Set.of("infura/i"), Duration.ZERO).rateLimited(Optional.empty());
    pool.acquire(block, Set.of("alchemy/a"), Duration.ZERO).quotaExhausted();

    assertThat(
            registry
                .get(KeyPoolMetrics.REJECTIONS)
                .tag("alias", "alchemy/a")
                .tag("outcome", "rate_limited")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(KeyPoolMetrics.REJECTIONS)
                .tag("alias", "infura/i")
                .tag("outcome", "quota_exhausted")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void shouldExposeZeroRejectionsOfEveryKindWhenNoKeyWasRefused() {
    for (String outcome : List.of("rate_limited", "quota_exhausted", "unauthorized")) {
      assertThat(
              registry
                  .get(KeyPoolMetrics.REJECTIONS)
                  .tag("alias", "infura/i")
                  .tag("outcome", outcome)
                  .counter()
                  .count())
          .as(outcome)
          .isZero();
    }
  }

  @Test
  void shouldReportBudgetLeftAndSecondsToExhaustionAtTodaysRate() throws Exception {
    for (int i = 0; i < 5; i++) {
      pool.acquire(List.of("eth_getBlockByNumber"), Set.of("infura/i"), Duration.ZERO);
    }

    assertThat(gauge(KeyPoolMetrics.USED, "alchemy/a")).isEqualTo(100);
    assertThat(gauge(KeyPoolMetrics.REMAINING, "alchemy/a")).isEqualTo(900);
    // 100 units in the 43,200 s since midnight: 900 more last 388,800 s.
    assertThat(gauge(KeyPoolMetrics.EXHAUSTION, "alchemy/a")).isEqualTo(388_800);
    assertThat(gauge(KeyPoolMetrics.EXHAUSTION, "infura/i")).isInfinite();
  }

  @Test
  void shouldComputeKeysNeededToFollowTheTipFromBlockTimeAndWeights() {
    // 7,200 blocks a day; Infura charges 80 + 1000 a block against 3M a day.
    assertThat(registry.get(KeyPoolMetrics.KEYS_NEEDED).tag("provider", "infura").gauge().value())
        .isEqualTo(3);
    // Alchemy: 7,200 x 40 = 288,000 a day against the test's 1,000.
    assertThat(registry.get(KeyPoolMetrics.KEYS_NEEDED).tag("provider", "alchemy").gauge().value())
        .isEqualTo(288);
  }

  @Test
  void shouldCountTheTraceCallInKeysNeededWhenTracesAreFetched() {
    KeyPoolMetrics traced =
        new KeyPoolMetrics(
            "eth-mainnet", Duration.ofSeconds(12), clock, KeyPoolMetrics.TRACED_TIP_CALLS);

    // Infura: 7,200 x (80 + 1000 + 1000) = 14,976,000 against 3M a day.
    assertThat(traced.keysNeeded(infura)).isEqualTo(5);
    // Alchemy: 7,200 x (20 + 20 + 40) = 576,000 against the test's 1,000.
    assertThat(traced.keysNeeded(alchemy)).isEqualTo(576);
  }

  @Test
  void shouldRaiseDisabledAlertWhenProviderRefusesKey() throws Exception {
    assertThat(gauge(KeyPoolMetrics.DISABLED, "infura/i")).isZero();

    pool.acquire(List.of("eth_blockNumber"), Set.of("alchemy/a"), Duration.ZERO).unauthorized();

    assertThat(gauge(KeyPoolMetrics.DISABLED, "infura/i")).isEqualTo(1);
    assertThat(registry.get(KeyPoolMetrics.KEYS_DISABLED).tag("provider", "infura").gauge().value())
        .isEqualTo(1);
  }
}
