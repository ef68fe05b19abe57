package io.chainexplorer.poller.keys;

import io.chainexplorer.poller.keys.UsageLedger.KeyUsage;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One key's rate limiter, this instance's usage of the current UTC day and its back-off, exhaustion
 * or disabled state; every method is atomic on the instance.
 */
final class KeyState {

  /** Back-off after a 429 without Retry-After: doubles per consecutive 429 up to a minute. */
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

  static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  /**
   * The longest a provider's Retry-After parks a key: a day, after which its daily budget has reset
   * anyway. A provider that asks for more (or for 2^63 seconds) is not believed past it.
   */
  static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  private final ApiKey key;
  private final Provider provider;
  private final RateLimiter limiter;
  private final int fullLimit;
  // The limiter refreshes its permits on fixed cycles counted from its creation, which is just
  // before this state's: the wait for permits is the time to the next cycle boundary.
  private final long cycleOriginNanos = System.nanoTime();
  private int maxPermits;
  private final UsageLedger ledger;

  private LocalDate day;
  private long units;
  private final Map<String, Long> calls = new HashMap<>();
  private Instant backoffUntil = Instant.MIN;
  private Instant exhaustedUntil = Instant.MIN;
  private int consecutiveRateLimits;
  private boolean disabled;

  KeyState(ApiKey key, Provider provider, RateLimiter limiter, UsageLedger ledger, Instant now) {
    this.key = key;
    this.provider = provider;
    this.limiter = limiter;
    this.fullLimit = limiter.getRateLimiterConfig().getLimitForPeriod();
    this.maxPermits = fullLimit;
    this.ledger = ledger;
    this.day = utcDay(now);
    restore(day);
  }

  ApiKey key() {
    return key;
  }

  Provider provider() {
    return provider;
  }

  RateLimiter limiter() {
    return limiter;
  }

  /**
   * Charges {@code methods} and takes rate permits when the key is usable and has the budget; the
   * rate limiter is never waited on here.
   */
  synchronized boolean tryCharge(List<String> methods, long requestUnits, Instant now) {
    rollOver(now);
    if (!usable(now) || remaining(now) < requestUnits) {
      return false;
    }
    shareRate(ledger.others(key, day).active());
    int permits = (int) Math.max(1, Math.min(requestUnits, maxPermits));
    if (!limiter.acquirePermission(permits)) {
      return false;
    }
    units += requestUnits;
    for (String method : methods) {
      calls.merge(method, 1L, Long::sum);
    }
    ledger.record(key, day, new KeyUsage(units, calls));
    return true;
  }

  /**
   * Splits the key's per-second limit evenly with the other instances spending on it now, so the
   * replicas together keep to the provider's rate; the change applies from the next period.
   */
  private void shareRate(int activeOthers) {
    int share = Math.max(1, fullLimit / (1 + activeOthers));
    if (share != maxPermits) {
      limiter.changeLimitForPeriod(share);
      maxPermits = share;
    }
  }

  synchronized void succeeded() {
    consecutiveRateLimits = 0;
  }

  /** Backs off for {@code retryAfter}, or exponentially without it, and drains the limiter. */
  synchronized void rateLimited(Duration retryAfter, Instant now) {
    consecutiveRateLimits++;
    Duration backoff = retryAfter;
    if (backoff == null || backoff.isNegative()) {
      int doublings = Math.min(consecutiveRateLimits - 1, 6);
      backoff = FIRST_BACKOFF.multipliedBy(1L << doublings);
      backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    } else if (backoff.compareTo(MAX_RETRY_AFTER) > 0) {
      backoff = MAX_RETRY_AFTER;
    }
    Instant until = now.plus(backoff);
    backoffUntil = until.isAfter(backoffUntil) ? until : backoffUntil;
    limiter.drainPermissions();
  }

  /** Retires the key until the next 00:00 UTC. */
  synchronized void quotaExhausted(Instant now) {
    exhaustedUntil = nextReset(now);
  }

  synchronized void disable() {
    disabled = true;
  }

  synchronized boolean disabled() {
    return disabled;
  }

  synchronized KeyStatus status(Instant now) {
    rollOver(now);
    KeyStatus.State state;
    if (disabled) {
      state = KeyStatus.State.DISABLED;
    } else if (now.isBefore(exhaustedUntil) || remaining(now) <= 0) {
      state = KeyStatus.State.EXHAUSTED;
    } else if (now.isBefore(backoffUntil)) {
      state = KeyStatus.State.BACKING_OFF;
    } else {
      state = KeyStatus.State.ACTIVE;
    }
    long used = units + ledger.others(key, day).units();
    return new KeyStatus(key, state, day, used, provider.dailyBudget(), remaining(now), units);
  }

  /**
   * When the key may serve again: its back-off end, the next reset when exhausted, null when
   * disabled; {@code now} plus the wait for rate permits when it is usable.
   */
  synchronized Instant nextAvailable(long requestUnits, Instant now) {
    rollOver(now);
    if (disabled) {
      return null;
    }
    if (now.isBefore(exhaustedUntil) || remaining(now) < requestUnits) {
      return nextReset(now);
    }
    if (now.isBefore(backoffUntil)) {
      return backoffUntil;
    }
    return now.plusNanos(nanosToPermits(requestUnits));
  }

  /** Roughly how long until the limiter has the permits of a request, 0 when it has them now. */
  private long nanosToPermits(long requestUnits) {
    int permits = (int) Math.max(1, Math.min(requestUnits, maxPermits));
    if (limiter.getMetrics().getAvailablePermissions() >= permits) {
      return 0;
    }
    long period = limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
    return period - Math.floorMod(System.nanoTime() - cycleOriginNanos, period);
  }

  /** The budget fraction left today, for choosing between keys of different providers. */
  synchronized double remainingFraction(Instant now) {
    rollOver(now);
    return (double) remaining(now) / provider.dailyBudget();
  }

  private boolean usable(Instant now) {
    return !disabled && !now.isBefore(exhaustedUntil) && !now.isBefore(backoffUntil);
  }

  /**
   * Budget left today after this instance's and the others' usage, less a reserve for what the
   * others may have used but not yet published: their rate times the ledger's staleness, so the
   * instances together stay within the budget.
   */
  private long remaining(Instant now) {
    UsageLedger.SharedUsage others = ledger.others(key, day);
    long reserve =
        (long)
            Math.ceil(
                others.instances()
                    * provider.unitsPerSecond()
                    * ledger.staleness().toMillis()
                    / 1000.0);
    return provider.dailyBudget() - units - others.units() - reserve;
  }

  private void rollOver(Instant now) {
    LocalDate today = utcDay(now);
    if (!today.equals(day)) {
      day = today;
      calls.clear();
      restore(today);
    }
  }

  private void restore(LocalDate today) {
    KeyUsage restored = ledger.restored(key, today);
    units = restored.units();
    calls.clear();
    calls.putAll(restored.callsByMethod());
  }

  static LocalDate utcDay(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  static Instant nextReset(Instant now) {
    return utcDay(now).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
