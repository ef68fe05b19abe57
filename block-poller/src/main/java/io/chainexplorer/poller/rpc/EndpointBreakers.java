package io.chainexplorer.poller.rpc;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Resilience4j circuit breaker per provider endpoint: opens when half of the last 10 exchanges
 * (at least 5) failed transiently, probes again after 30 s. Key-level refusals (429, 402, 401) do
 * not count: the endpoint answered.
 */
final class EndpointBreakers {

  private final CircuitBreakerConfig config;
  private final FetchMetrics metrics;
  private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

  EndpointBreakers(Clock clock, FetchMetrics metrics) {
    this.metrics = metrics;
    this.config =
        CircuitBreakerConfig.custom()
            .clock(clock)
            .slidingWindow(10, 5, SlidingWindowType.COUNT_BASED)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(30))
            .permittedNumberOfCallsInHalfOpenState(1)
            .build();
  }

  CircuitBreaker of(String provider) {
    return breakers.computeIfAbsent(
        provider,
        name -> {
          CircuitBreaker breaker = CircuitBreaker.of("rpc-" + name, config);
          metrics.breaker(name, breaker);
          return breaker;
        });
  }
}
