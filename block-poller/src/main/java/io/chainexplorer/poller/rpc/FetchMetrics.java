package io.chainexplorer.poller.rpc;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Metrics of block fetching: JSON-RPC calls by provider, key alias, method and outcome, answers
 * refused for a limit, retries, breaker state per provider, receipt mismatches and fallbacks,
 * exchange and block latency, block verification results and whether verification stopped the
 * chain. Tags are bounded: chain, provider, alias, method, outcome, reason, result, check; never a
 * number, hash or key.
 */
public final class FetchMetrics implements MeterBinder {

  static final String CALLS = "chainexplorer.poller.rpc.calls";
  static final String RETRIES = "chainexplorer.poller.rpc.retries";
  static final String BREAKER = "chainexplorer.poller.rpc.breaker.state";
  static final String EXCHANGE_LATENCY = "chainexplorer.poller.rpc.exchange.latency";
  static final String BLOCK_LATENCY = "chainexplorer.poller.rpc.block.fetch.latency";
  static final String MISMATCHES = "chainexplorer.poller.rpc.receipts.mismatches";
  static final String FALLBACKS = "chainexplorer.poller.rpc.receipts.fallbacks";
  static final String VIOLATIONS = "chainexplorer.poller.rpc.answer.violations";
  static final String TRACES = "chainexplorer.poller.rpc.traces";
  static final String KEY_WAITS = "chainexplorer.poller.rpc.key.waits";
  static final String VERIFICATIONS = "chainexplorer.poller.verification";
  static final String HALTED = "chainexplorer.poller.verification.halted";

  private final String chain;
  private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
  private final AtomicInteger halted = new AtomicInteger();
  private volatile MeterRegistry registry = new SimpleMeterRegistry();

  public FetchMetrics(String chain) {
    this.chain = chain;
  }

  @Override
  public void bindTo(MeterRegistry meterRegistry) {
    this.registry = meterRegistry;
    breakers.forEach(this::registerBreaker);
    Gauge.builder(HALTED, halted, AtomicInteger::get)
        .description(
            "1 once a block failed verification from every key tried and publishing stopped")
        .tags(Tags.of("chain", chain))
        .register(meterRegistry);
  }

  /**
   * One verification outcome: verified, mismatch (with the first failed check) or not_applicable.
   */
  void verification(String result, String check) {
    Counter.builder(VERIFICATIONS)
        .description("Fetched blocks checked against their own roots and hash, by result")
        .tags(Tags.of("chain", chain, "result", result, "check", check))
        .register(registry)
        .increment();
  }

  void halted() {
    halted.set(1);
  }

  void call(String provider, String alias, String method, String outcome) {
    Counter.builder(CALLS)
        .description("JSON-RPC calls (batch members one by one) by key, method and outcome")
        .tags(tags(provider).and("alias", alias, "method", method, "outcome", outcome))
        .register(registry)
        .increment();
  }

  /** An answer cut for breaking a limit: wire_too_large, body_too_large, deadline, transactions. */
  void violation(String provider, String alias, String reason) {
    Counter.builder(VIOLATIONS)
        .description("Answers refused for their size, their time or their transaction count")
        .tags(tags(provider).and("alias", alias, "reason", reason))
        .register(registry)
        .increment();
  }

  void retry(String reason) {
    Counter.builder(RETRIES)
        .description("JSON-RPC exchanges retried, by the failure that caused the retry")
        .tags(Tags.of("chain", chain, "reason", reason))
        .register(registry)
        .increment();
  }

  void exchangeLatency(String provider, Duration duration) {
    Timer.builder(EXCHANGE_LATENCY)
        .description("Duration of one JSON-RPC HTTP exchange")
        .tags(tags(provider))
        .publishPercentileHistogram()
        .register(registry)
        .record(duration);
  }

  void blockLatency(Duration duration) {
    Timer.builder(BLOCK_LATENCY)
        .description("Duration of fetching one complete block with its receipts")
        .tags(Tags.of("chain", chain))
        .publishPercentileHistogram()
        .register(registry)
        .record(duration);
  }

  void mismatch(String provider, String reason) {
    Counter.builder(MISMATCHES)
        .description("Receipts that did not match their block and were refetched")
        .tags(tags(provider).and("reason", reason))
        .register(registry)
        .increment();
  }

  /** A block's traces: fetched, unavailable (no endpoint has a method) or dropped (unfaithful). */
  void traces(String provider, TraceMethod method, String outcome) {
    Counter.builder(TRACES)
        .description("Blocks by what became of their call traces")
        .tags(tags(provider).and("method", method == null ? "none" : method.method()))
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  void fallback(String provider) {
    Counter.builder(FALLBACKS)
        .description("Blocks whose receipts were fetched per transaction (no eth_getBlockReceipts)")
        .tags(tags(provider))
        .register(registry)
        .increment();
  }

  void keyWait(Duration wait) {
    Timer.builder(KEY_WAITS)
        .description("Waits until a key serves again (all rate-limited or out of budget)")
        .tags(Tags.of("chain", chain))
        .register(registry)
        .record(wait);
  }

  /** Registers the breaker's state: 0 closed, 1 half-open, 2 open, 3 other. */
  void breaker(String provider, CircuitBreaker breaker) {
    breakers.put(provider, breaker);
    registerBreaker(provider, breaker);
  }

  private void registerBreaker(String provider, CircuitBreaker breaker) {
    Gauge.builder(BREAKER, breaker, FetchMetrics::stateValue)
        .description("Circuit breaker state per provider endpoint: 0 closed, 1 half-open, 2 open")
        .tags(tags(provider))
        .register(registry);
  }

  private static double stateValue(CircuitBreaker breaker) {
    switch (breaker.getState()) {
      case CLOSED:
        return 0;
      case HALF_OPEN:
        return 1;
      case OPEN:
        return 2;
      default:
        return 3;
    }
  }

  private Tags tags(String provider) {
    return Tags.of("chain", chain, "provider", provider);
  }
}
