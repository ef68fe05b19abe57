package io.chainexplorer.poller.keys;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The key pool: one Resilience4j rate limiter per key (in units per second), daily budgets in the
 * provider's units reset at 00:00 UTC, 429/402/401 states, usage shared through a {@link
 * UsageLedger}. Thread-safe.
 *
 * <p>Among keys with permits it picks the one with the largest <em>fraction</em> of its daily
 * budget left: budgets of different providers are in different units (3M Infura credits against 1M
 * Alchemy CUs), so only the fraction compares them, and it spreads a day's load so that every key
 * runs out at about the same time rather than one after the other.
 */
public final class DefaultKeyPool implements KeyPool {

  /** Longest single park while waiting for permits, so a key freed meanwhile is seen soon. */
  private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Clock clock;
  private final KeyPoolListener listener;
  private final RateLimiterRegistry registry;
  private final Map<ApiKey, KeyState> states = new LinkedHashMap<>();

  /**
   * @param keys each provider with its keys; a provider needs at least one key
   * @param ledger where usage is persisted and shared; read now, before the first acquire
   */
  public DefaultKeyPool(
      Map<Provider, List<ApiKey>> keys, UsageLedger ledger, Clock clock, KeyPoolListener listener) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.registry = RateLimiterRegistry.ofDefaults();
    Instant now = clock.instant();
    keys.forEach(
        (provider, providerKeys) -> {
          if (providerKeys.isEmpty()) {
            throw new IllegalArgumentException("provider " + provider.name() + " has no key");
          }
          for (ApiKey key : providerKeys) {
            if (!key.provider().equals(provider.name())) {
              throw new IllegalArgumentException(key + " is not a key of " + provider.name());
            }
            if (states.containsKey(key)) {
              throw new IllegalArgumentException("duplicate key alias " + key);
            }
            checkEndpoint(provider, key);
            RateLimiter limiter =
                registry.rateLimiter(key.qualifiedAlias(), limiterConfig(provider));
            states.put(key, new KeyState(key, provider, limiter, ledger, now));
          }
        });
    if (states.isEmpty()) {
      throw new IllegalArgumentException("the key pool needs at least one key");
    }
  }

  /**
   * Fails at start, naming the key by its alias only, when its endpoint is no valid URL: the URL's
   * own error message would repeat the key, so it is not kept as the cause.
   */
  private static void checkEndpoint(Provider provider, ApiKey key) {
    try {
      provider.endpointFor(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          key + " of " + provider.name() + ": its URL template does not make a valid URL");
    }
  }

  /** A limiter of {@code unitsPerSecond}, never blocking: the pool waits across keys itself. */
  static RateLimiterConfig limiterConfig(Provider provider) {
    double rate = provider.unitsPerSecond();
    int limit = (int) Math.max(1, Math.floor(rate));
    Duration period =
        rate >= 1 ? Duration.ofSeconds(1) : Duration.ofNanos((long) (1_000_000_000L / rate));
    return RateLimiterConfig.custom()
        .limitForPeriod(limit)
        .limitRefreshPeriod(period)
        .timeoutDuration(Duration.ZERO)
        .build();
  }

  @Override
  public KeyLease acquire(List<String> methods, Set<String> exclude, Duration maxWait)
      throws NoKeyAvailableException {
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("a request has at least one method");
    }
    long deadline = System.nanoTime() + Math.max(0, maxWait.toNanos());
    while (true) {
      Instant now = clock.instant();
      List<KeyState> candidates = candidates(exclude, now);
      for (KeyState state : candidates) {
        long units = state.provider().weights().unitsOf(methods);
        if (state.tryCharge(methods, units, now)) {
          return new PoolLease(state, List.copyOf(methods), clock, listener);
        }
      }
      long left = deadline - System.nanoTime();
      Instant next = earliestBackoffEnd(methods, exclude, now);
      // Exhausted, disabled or backing off past the wait: waiting cannot help.
      if (left <= 0 || next == null || next.isAfter(now.plusNanos(left))) {
        throw noKey(methods, exclude, now);
      }
      LockSupport.parkNanos(Math.min(left, MAX_PARK_NANOS));
      if (Thread.currentThread().isInterrupted()) {
        throw noKey(methods, exclude, now);
      }
    }
  }

  /** Every key's state today, in configuration order. */
  public List<KeyStatus> status() {
    Instant now = clock.instant();
    List<KeyStatus> statuses = new ArrayList<>();
    states.values().forEach(state -> statuses.add(state.status(now)));
    return statuses;
  }

  /** One key's state today. */
  public KeyStatus status(ApiKey key) {
    KeyState state = states.get(key);
    if (state == null) {
      throw new IllegalArgumentException("no key " + key + " in the pool");
    }
    return state.status(clock.instant());
  }

  /** The keys by provider, for metrics. */
  public Map<Provider, List<ApiKey>> keys() {
    Map<Provider, List<ApiKey>> keys = new LinkedHashMap<>();
    states
        .values()
        .forEach(s -> keys.computeIfAbsent(s.provider(), p -> new ArrayList<>()).add(s.key()));
    return keys;
  }

  /** The provider of a key of this pool. */
  Provider providerOf(ApiKey key) {
    KeyState state = states.get(key);
    if (state == null) {
      throw new IllegalArgumentException("no key " + key + " in the pool");
    }
    return state.provider();
  }

  /** The registry holding one limiter per key, named {@code provider/alias}. */
  public RateLimiterRegistry rateLimiters() {
    return registry;
  }

  private List<KeyState> candidates(Set<String> exclude, Instant now) {
    // Snapshot the fractions first: other threads charge keys while this one sorts, and a
    // comparator whose values move under it breaks the sort's contract.
    Map<KeyState, Double> fractions = new HashMap<>();
    for (KeyState state : states.values()) {
      if (!excluded(state.key(), exclude) && !state.disabled()) {
        fractions.put(state, state.remainingFraction(now));
      }
    }
    List<KeyState> candidates = new ArrayList<>(fractions.keySet());
    candidates.sort(
        Comparator.comparingDouble((KeyState s) -> -fractions.get(s))
            .thenComparing(s -> s.key().qualifiedAlias()));
    return candidates;
  }

  private static boolean excluded(ApiKey key, Set<String> exclude) {
    return exclude.contains(key.qualifiedAlias()) || exclude.contains(key.alias());
  }

  /** The earliest instant a back-off ends among keys not exhausted for the day, or null. */
  private Instant earliestBackoffEnd(List<String> methods, Set<String> exclude, Instant now) {
    Instant earliest = null;
    for (KeyState state : states.values()) {
      if (excluded(state.key(), exclude)) {
        continue;
      }
      Instant next = state.nextAvailable(state.provider().weights().unitsOf(methods), now);
      if (next != null
          && next.isBefore(KeyState.nextReset(now))
          && (earliest == null || next.isBefore(earliest))) {
        earliest = next;
      }
    }
    return earliest;
  }

  private NoKeyAvailableException noKey(List<String> methods, Set<String> exclude, Instant now) {
    Instant earliest = null;
    Map<KeyStatus.State, Integer> byState = new LinkedHashMap<>();
    int excludedCount = 0;
    for (KeyState state : states.values()) {
      if (excluded(state.key(), exclude)) {
        excludedCount++;
        continue;
      }
      byState.merge(state.status(now).state(), 1, Integer::sum);
      Instant next = state.nextAvailable(state.provider().weights().unitsOf(methods), now);
      if (next != null && (earliest == null || next.isBefore(earliest))) {
        earliest = next;
      }
    }
    String message =
        "no key can serve "
            + summary(methods)
            + " now: "
            + byState
            + (excludedCount > 0 ? ", " + excludedCount + " excluded" : "")
            + (earliest == null ? "; none ever will" : "; next at " + earliest);
    return new NoKeyAvailableException(message, earliest);
  }

  private static String summary(List<String> methods) {
    return methods.size() == 1 ? methods.get(0) : "a batch of " + methods.size();
  }

  @Override
  public String toString() {
    return "DefaultKeyPool" + states.keySet();
  }
}
