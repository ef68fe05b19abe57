package io.chainexplorer.poller.keys;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Metrics of the key pool: calls and units per key by method and outcome, 429/402/401 rejections,
 * budget used and remaining per key, seconds until each key's budget runs out at today's rate, keys
 * needed per provider to stay at the tip, and disabled keys (alert). Tags: chain, provider, alias
 * ({@code provider/alias}), method, outcome; never a key.
 *
 * <p>It is the pool's listener; {@link #watch(DefaultKeyPool)} it before {@link #bindTo}.
 */
public final class KeyPoolMetrics implements MeterBinder, KeyPoolListener {

  static final String CALLS = "chainexplorer.poller.key.calls";
  static final String UNITS = "chainexplorer.poller.key.units";
  static final String REJECTIONS = "chainexplorer.poller.key.rejections";
  static final String REMAINING = "chainexplorer.poller.key.budget.remaining";
  public static final String USED = "chainexplorer.poller.key.budget.used";
  static final String EXHAUSTION = "chainexplorer.poller.key.budget.exhaustion.seconds";
  static final String DISABLED = "chainexplorer.poller.key.disabled";
  static final String KEYS_NEEDED = "chainexplorer.poller.keys.needed";
  static final String KEYS_DISABLED = "chainexplorer.poller.keys.disabled";

  /** The two calls a block costs at the tip: the block with transactions and its receipts. */
  public static final List<String> TIP_CALLS =
      List.of("eth_getBlockByNumber", "eth_getBlockReceipts");

  /**
   * The tip's calls when traces are fetched too: the debug API's, tried first, is the one billed.
   */
  public static final List<String> TRACED_TIP_CALLS =
      List.of("eth_getBlockByNumber", "eth_getBlockReceipts", "debug_traceBlockByNumber");

  /**
   * eth_calls a block costs on average when token metadata is read: 2 to 4 per new token and, on
   * mainnet, of the order of one new token every 4 blocks. Taken as one call per block.
   */
  public static final List<String> TOKEN_CALLS = List.of("eth_call");

  /** Rejections of a key, counted from zero at start so that a key never refused still charts. */
  private static final Set<KeyOutcome> REJECTED =
      EnumSet.of(KeyOutcome.RATE_LIMITED, KeyOutcome.QUOTA_EXHAUSTED, KeyOutcome.UNAUTHORIZED);

  private final String chain;
  private final Duration blockTime;
  private final Clock clock;
  private final List<String> tipCalls;
  private volatile DefaultKeyPool pool;
  private volatile MeterRegistry registry = new SimpleMeterRegistry();

  public KeyPoolMetrics(String chain, Duration blockTime, Clock clock) {
    this(chain, blockTime, clock, TIP_CALLS);
  }

  /** The calls one block costs at the tip with traces and token metadata on or off. */
  public static List<String> tipCalls(boolean traces, boolean tokens) {
    List<String> calls = new ArrayList<>(traces ? TRACED_TIP_CALLS : TIP_CALLS);
    if (tokens) {
      calls.addAll(TOKEN_CALLS);
    }
    return List.copyOf(calls);
  }

  /** As the three-argument constructor, forecasting with {@code tipCalls} per block. */
  public KeyPoolMetrics(String chain, Duration blockTime, Clock clock, List<String> tipCalls) {
    this.chain = Objects.requireNonNull(chain, "chain");
    this.blockTime = Objects.requireNonNull(blockTime, "blockTime");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tipCalls = List.copyOf(tipCalls);
  }

  /** The pool whose keys the gauges read; the pool was built with this as its listener. */
  public KeyPoolMetrics watch(DefaultKeyPool keyPool) {
    this.pool = keyPool;
    return this;
  }

  @Override
  public void bindTo(MeterRegistry meterRegistry) {
    DefaultKeyPool watched = pool;
    if (watched == null) {
      throw new IllegalStateException("watch(pool) before binding the key pool metrics");
    }
    this.registry = meterRegistry;
    for (Map.Entry<Provider, List<ApiKey>> entry : watched.keys().entrySet()) {
      Provider provider = entry.getKey();
      Tags providerTags = Tags.of("chain", chain, "provider", provider.name());
      Gauge.builder(KEYS_NEEDED, () -> keysNeeded(provider))
          .description("Keys of the provider needed to follow the tip all day on its own")
          .tags(providerTags)
          .strongReference(true)
          .register(meterRegistry);
      Gauge.builder(KEYS_DISABLED, () -> disabledKeys(watched, entry.getValue()))
          .description("Keys the provider refused (401/403): alert, a key needs replacing")
          .tags(providerTags)
          .strongReference(true)
          .register(meterRegistry);
      entry.getValue().forEach(key -> bindKey(meterRegistry, watched, key));
    }
  }

  private void bindKey(MeterRegistry meterRegistry, DefaultKeyPool watched, ApiKey key) {
    Tags tags = keyTags(key);
    Gauge.builder(REMAINING, () -> watched.status(key).remainingUnits())
        .description("Units of the key's daily budget this instance may still spend today")
        .tags(tags)
        .strongReference(true)
        .register(meterRegistry);
    Gauge.builder(USED, () -> watched.status(key).usedUnits())
        .description("Units of the key used today by every instance")
        .tags(tags)
        .strongReference(true)
        .register(meterRegistry);
    Gauge.builder(EXHAUSTION, () -> secondsToExhaustion(watched.status(key)))
        .description("Seconds until the key's budget runs out at today's average rate")
        .tags(tags)
        .baseUnit("seconds")
        .strongReference(true)
        .register(meterRegistry);
    Gauge.builder(DISABLED, () -> disabled(watched.status(key)))
        .description("1 when the provider refused the key (401/403)")
        .tags(tags)
        .strongReference(true)
        .register(meterRegistry);
    REJECTED.forEach(outcome -> rejections(meterRegistry, tags.and("outcome", outcome.tag())));
  }

  @Override
  public void exchanged(ApiKey key, List<String> methods, KeyOutcome outcome) {
    MethodWeights weights = weightsOf(key);
    Tags tags = keyTags(key).and("outcome", outcome.tag());
    for (String method : methods) {
      Tags methodTags = tags.and("method", method);
      Counter.builder(CALLS)
          .description("JSON-RPC calls on the key (batch members one by one)")
          .tags(methodTags)
          .register(registry)
          .increment();
      Counter.builder(UNITS)
          .description("Provider units charged on the key")
          .tags(methodTags)
          .register(registry)
          .increment(weights == null ? 0 : weights.weightOf(method));
    }
    if (REJECTED.contains(outcome)) {
      rejections(registry, tags).increment();
    }
  }

  private static Counter rejections(MeterRegistry meterRegistry, Tags tags) {
    return Counter.builder(REJECTIONS)
        .description(
            "Provider rejections of the key: 429 rate_limited, 402 quota_exhausted,"
                + " 401/403 unauthorized")
        .tags(tags)
        .register(meterRegistry);
  }

  /** ceil(units a day at the block time / one key's daily budget). */
  double keysNeeded(Provider provider) {
    double blocksPerDay = Duration.ofDays(1).toMillis() / (double) blockTime.toMillis();
    double unitsPerDay = blocksPerDay * provider.weights().unitsOf(tipCalls);
    return Math.ceil(unitsPerDay / provider.dailyBudget());
  }

  /** Remaining units over today's average rate; infinite before the first unit. */
  double secondsToExhaustion(KeyStatus status) {
    Instant now = clock.instant();
    Instant midnight = status.day().atStartOfDay(ZoneOffset.UTC).toInstant();
    double elapsed = Math.max(1, Duration.between(midnight, now).toSeconds());
    double rate = status.usedUnits() / elapsed;
    if (status.remainingUnits() <= 0) {
      return 0;
    }
    return rate <= 0 ? Double.POSITIVE_INFINITY : status.remainingUnits() / rate;
  }

  private static double disabled(KeyStatus status) {
    return status.state() == KeyStatus.State.DISABLED ? 1 : 0;
  }

  private static double disabledKeys(DefaultKeyPool watched, List<ApiKey> keys) {
    return keys.stream().filter(k -> disabled(watched.status(k)) > 0).count();
  }

  private MethodWeights weightsOf(ApiKey key) {
    DefaultKeyPool watched = pool;
    return watched == null ? null : watched.providerOf(key).weights();
  }

  private Tags keyTags(ApiKey key) {
    return Tags.of("chain", chain, "provider", key.provider(), "alias", key.qualifiedAlias());
  }
}
