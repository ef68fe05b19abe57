package io.chainexplorer.poller.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DefaultKeyPoolTest {

  private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
  private static final List<String> BLOCK = List.of("eth_getBlockByNumber");

  private final MutableClock clock = new MutableClock(NOON);

  private static Provider provider(String name, long budget) {
    return new Provider(
        name, "https://" + name + ".example/v3/${key}", MethodWeights.flat(1), 1e6, budget);
  }

  private DefaultKeyPool pool(Map<Provider, List<ApiKey>> keys) {
    return new DefaultKeyPool(keys, UsageLedger.inMemory(), clock, KeyPoolListener.NONE);
  }

  private DefaultKeyPool singleKeyPool(long budget) {
    Provider provider = provider("generic", budget);
    return pool(Map.of(provider, List.of(ApiKey.of("generic", "a", "s3cr3t-a"))));
  }

  private DefaultKeyPool twoKeyPool() {
    Provider provider = provider("generic", 1_000);
    return pool(
        Map.of(
            provider, List.of(ApiKey.of("generic", "a", "ka"), ApiKey.of("generic", "b", "kb"))));
  }

  @Test
  void shouldPickKeyWithLargestBudgetFractionLeftWhenSeveralHavePermits() throws Exception {
    Provider small = provider("small", 100);
    Provider large = provider("large", 1_000);
    Map<Provider, List<ApiKey>> keys = new LinkedHashMap<>();
    keys.put(small, List.of(ApiKey.of("small", "s", "k1")));
    keys.put(large, List.of(ApiKey.of("large", "l", "k2")));
    DefaultKeyPool pool = pool(keys);
    for (int i = 0; i < 60; i++) {
      pool.acquire(BLOCK, Set.of(), Duration.ZERO).succeeded();
    }

    // Absolute units would favour "large" every time; fractions share the load 1:10.
    assertThat(pool.status(ApiKey.keyless("small", "s")).localUnits()).isBetween(5L, 6L);
    assertThat(pool.status(ApiKey.keyless("large", "l")).localUnits()).isBetween(54L, 55L);
  }

  @Test
  void shouldChargeEachBatchMemberByItsMethodWeight() throws Exception {
    MethodWeights weights = ProviderProfile.ALCHEMY.weights();
    Provider alchemy = new Provider("alchemy", "https://a.example/v2/${key}", weights, 1e6, 10_000);
    DefaultKeyPool pool = pool(Map.of(alchemy, List.of(ApiKey.of("alchemy", "a", "k"))));

    pool.acquire(
            List.of("eth_getTransactionReceipt", "eth_getTransactionReceipt", "eth_getLogs"),
            Set.of(),
            Duration.ZERO)
        .succeeded();

    assertThat(pool.status().get(0).localUnits()).isEqualTo(20 + 20 + 60);
  }

  @Test
  void shouldRefuseRequestLargerThanBudgetLeftAndNameNextResetWhenSpent() throws Exception {
    DefaultKeyPool pool = singleKeyPool(3);
    pool.acquire(List.of("a", "b"), Set.of(), Duration.ZERO);

    assertThatThrownBy(() -> pool.acquire(List.of("a", "b"), Set.of(), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(
            NoKeyAvailableException.class,
            e -> assertThat(e.nextAvailable()).contains(Instant.parse("2026-11-22T00:00:00Z")));
    assertThat(pool.acquire(BLOCK, Set.of(), Duration.ZERO).alias()).isEqualTo("generic/a");
  }

  @Test
  void shouldRetireKeyUntilNextUtcMidnightWhenQuotaExhausted() throws Exception {
    DefaultKeyPool pool = singleKeyPool(1_000);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO).quotaExhausted();

    clock.set(Instant.parse("2026-11-21T23:59:59Z"));
    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(), Duration.ZERO))
        .isInstanceOfSatisfying(
            NoKeyAvailableException.class,
            e -> assertThat(e.nextAvailable()).contains(Instant.parse("2026-11-22T00:00:00Z")));
    assertThat(pool.status().get(0).state()).isEqualTo(KeyStatus.State.EXHAUSTED);

    clock.set(Instant.parse("2026-11-22T00:00:00Z"));
    assertThat(pool.acquire(BLOCK, Set.of(), Duration.ZERO).alias()).isEqualTo("generic/a");
  }

  @Test
  void shouldStartEveryUtcDayWithTheFullBudget() throws Exception {
    DefaultKeyPool pool = singleKeyPool(2);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO);
    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(), Duration.ZERO))
        .isInstanceOf(NoKeyAvailableException.class);

    clock.advance(Duration.ofHours(12));

    KeyStatus status = pool.status().get(0);
    assertThat(status.day()).hasToString("2026-11-22");
    assertThat(status.remainingUnits()).isEqualTo(2);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO);
  }

  @Test
  void shouldBackOffForRetryAfterAndDrainLimiterWhenRateLimited() throws Exception {
    DefaultKeyPool pool = singleKeyPool(1_000);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO).rateLimited(Optional.of(Duration.ofSeconds(30)));

    assertThat(pool.rateLimiters().rateLimiter("generic/a").getMetrics().getAvailablePermissions())
        .isLessThanOrEqualTo(0);
    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(), Duration.ZERO))
        .isInstanceOfSatisfying(
            NoKeyAvailableException.class,
            e -> assertThat(e.nextAvailable()).contains(NOON.plusSeconds(30)));
    assertThat(pool.status().get(0).state()).isEqualTo(KeyStatus.State.BACKING_OFF);

    clock.advance(Duration.ofSeconds(31));
    assertThat(pool.acquire(BLOCK, Set.of(), Duration.ofSeconds(2)).alias()).isEqualTo("generic/a");
  }

  @Test
  void shouldParkAKeyAtMostADayAndServeFromTheOthersWhenRetryAfterIsHostile() throws Exception {
    DefaultKeyPool pool = twoKeyPool();
    KeyLease hostile = pool.acquire(BLOCK, Set.of(), Duration.ZERO);

    hostile.rateLimited(Optional.of(Duration.ofSeconds(Long.MAX_VALUE)));

    KeyLease other = pool.acquire(BLOCK, Set.of(), Duration.ZERO);
    assertThat(other.alias()).isNotEqualTo(hostile.alias());
    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(other.alias()), Duration.ZERO))
        .isInstanceOfSatisfying(
            NoKeyAvailableException.class,
            e -> assertThat(e.nextAvailable()).contains(NOON.plus(KeyState.MAX_RETRY_AFTER)));
  }

  @Test
  void shouldRefuseAtStartAKeyWhoseUrlIsInvalidNamingOnlyItsAlias() {
    Provider broken =
        new Provider("broken", "https://node example/${key}", MethodWeights.flat(1), 10, 100);

    assertThatThrownBy(() -> pool(Map.of(broken, List.of(ApiKey.of("broken", "a", "s3cr3t")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken/a")
        .hasMessageNotContaining("s3cr3t")
        .hasNoCause();
  }

  @Test
  void shouldBackOffExponentiallyWhenRateLimitedWithoutRetryAfter() throws Exception {
    DefaultKeyPool pool = singleKeyPool(1_000);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO).rateLimited(Optional.empty());
    clock.advance(Duration.ofSeconds(1));
    pool.acquire(BLOCK, Set.of(), Duration.ofSeconds(2)).rateLimited(Optional.empty());

    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(), Duration.ZERO))
        .isInstanceOfSatisfying(
            NoKeyAvailableException.class,
            e -> assertThat(e.nextAvailable()).contains(NOON.plusSeconds(1 + 2)));
  }

  @Test
  void shouldDisableKeyForGoodWhenUnauthorized() throws Exception {
    DefaultKeyPool pool = singleKeyPool(1_000);
    pool.acquire(BLOCK, Set.of(), Duration.ZERO).unauthorized();
    clock.advance(Duration.ofDays(2));

    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(), Duration.ZERO))
        .isInstanceOfSatisfying(
            NoKeyAvailableException.class, e -> assertThat(e.nextAvailable()).isEmpty());
    assertThat(pool.status().get(0).state()).isEqualTo(KeyStatus.State.DISABLED);
  }

  @Test
  void shouldFailOverToAnotherKeyWhenOneIsRateLimitedOrExcluded() throws Exception {
    DefaultKeyPool pool = twoKeyPool();
    KeyLease first = pool.acquire(BLOCK, Set.of(), Duration.ZERO);
    first.rateLimited(Optional.of(Duration.ofMinutes(1)));

    KeyLease second = pool.acquire(BLOCK, Set.of(), Duration.ZERO);
    assertThat(second.alias()).isNotEqualTo(first.alias());
    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(second.alias()), Duration.ZERO))
        .isInstanceOf(NoKeyAvailableException.class)
        .hasMessageContaining("1 excluded");
  }

  @Test
  void shouldCountOnlyTheFirstOutcomeOfALease() throws Exception {
    DefaultKeyPool pool = singleKeyPool(1_000);
    KeyLease lease = pool.acquire(BLOCK, Set.of(), Duration.ZERO);
    lease.succeeded();
    lease.unauthorized();

    assertThat(pool.status().get(0).state()).isEqualTo(KeyStatus.State.ACTIVE);
  }

  @Test
  void shouldWaitForRatePermitsUpToMaxWait() throws Exception {
    // One permit every 2 s: a wide window, so a slow machine does not cross it between calls.
    Provider slow =
        new Provider("slow", "https://s.example/${key}", MethodWeights.flat(1), 0.5, 100);
    DefaultKeyPool pool = pool(Map.of(slow, List.of(ApiKey.of("slow", "a", "k"))));
    pool.acquire(BLOCK, Set.of(), Duration.ZERO);

    assertThatThrownBy(() -> pool.acquire(BLOCK, Set.of(), Duration.ZERO))
        .isInstanceOfSatisfying(
            NoKeyAvailableException.class,
            e ->
                assertThat(e.nextAvailable())
                    .hasValueSatisfying(
                        next ->
                            assertThat(next).isAfter(NOON).isBeforeOrEqualTo(NOON.plusSeconds(2))));
    assertThat(pool.acquire(BLOCK, Set.of(), Duration.ofSeconds(3)).alias()).isEqualTo("slow/a");
  }

  @Test
  void shouldHandOutExactlyTheBudgetToConcurrentCallers() throws Exception {
    Provider provider = provider("generic", 5_000);
    DefaultKeyPool pool =
        pool(
            Map.of(
                provider,
                List.of(ApiKey.of("generic", "a", "ka"), ApiKey.of("generic", "b", "kb"))));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<Integer>> counts = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      counts.add(
          threads.submit(
              () -> {
                int leases = 0;
                try {
                  while (true) {
                    pool.acquire(BLOCK, Set.of(), Duration.ZERO).succeeded();
                    leases++;
                  }
                } catch (NoKeyAvailableException expected) {
                  return leases;
                }
              }));
    }
    int total = 0;
    for (Future<Integer> count : counts) {
      total += count.get(30, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(total).isEqualTo(10_000);
    assertThat(pool.status()).allSatisfy(s -> assertThat(s.remainingUnits()).isZero());
  }
}
