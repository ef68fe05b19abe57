package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.poller.keys.KeyLease;
import io.chainexplorer.poller.keys.KeyPool;
import io.chainexplorer.poller.keys.NoKeyAvailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC over HTTP through the key pool: every exchange runs on a leased key and reports exactly
 * one outcome to it; failures fail over to other keys and providers (immediately for a refused key,
 * after jittered exponential backoff for transient faults), each provider behind a circuit breaker;
 * when no key serves before a known instant (a reset), it waits for it. Messages name methods and
 * key aliases only. Thread-safe: parallel fetches share one client.
 */
public final class PooledJsonRpcClient {

  private static final Logger LOG = LoggerFactory.getLogger(PooledJsonRpcClient.class);

  private final KeyPool pool;
  private final RpcSettings settings;
  private final FetchMetrics metrics;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Backoff backoff;
  private final JsonRpcTransport transport;
  private final EndpointBreakers breakers;

  public PooledJsonRpcClient(
      KeyPool pool, RpcSettings settings, FetchMetrics metrics, Clock clock, Sleeper sleeper) {
    this(pool, settings, metrics, clock, sleeper, new Random());
  }

  PooledJsonRpcClient(
      KeyPool pool,
      RpcSettings settings,
      FetchMetrics metrics,
      Clock clock,
      Sleeper sleeper,
      Random random) {
    this.pool = pool;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
    this.sleeper = sleeper;
    this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax(), random);
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            // HTTP/1.1: plain-http nodes (anvil, local proxies) then need no h2c upgrade exchange.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.transport =
        new JsonRpcTransport(
            new ObjectMapper(),
            http,
            settings.requestTimeout(),
            new BoundedBody(settings.maxWireBytes(), settings.maxBodyBytes()),
            new ErrorClassifier(clock));
    this.breakers = new EndpointBreakers(clock, metrics);
  }

  /** One call; a JSON-RPC error answer (not a key failure) is an {@link RpcException}. */
  public JsonNode call(String method, Object... params) throws RpcException {
    RpcExchange exchange = exchange(List.of(RpcCall.of(method, params)));
    RpcReply reply = exchange.reply(0);
    if (reply.isError()) {
      throw new RpcException(
          method + " answered JSON-RPC error " + reply.errorCode() + " from " + exchange.alias());
    }
    return reply.result();
  }

  /**
   * One exchange of {@code calls} (a JSON-RPC batch when more than one) on one key, retried and
   * failed over as a whole; replies in call order.
   *
   * @throws RpcException after {@link RpcSettings#maxAttempts()} failed exchanges, or when no key
   *     will ever serve
   */
  public RpcExchange exchange(List<RpcCall> calls) throws RpcException {
    return exchange(calls, Set.of());
  }

  /**
   * As {@link #exchange(List)}, preferring keys other than {@code avoid} (for example keys whose
   * endpoint lacks a method); avoided keys still serve when no other key can.
   */
  public RpcExchange exchange(List<RpcCall> calls, Set<String> avoid) throws RpcException {
    List<String> methods = calls.stream().map(RpcCall::method).toList();
    Set<String> exclude = new LinkedHashSet<>(avoid);
    try {
      for (int attempt = 1; ; attempt++) {
        KeyLease lease = lease(methods, exclude);
        Outcome outcome = exchangeOn(lease, calls);
        report(lease, outcome, calls);
        if (outcome.kind() == Outcome.Kind.SUCCEEDED) {
          return new RpcExchange(lease.provider(), lease.alias(), outcome.replies());
        }
        exclude.add(lease.alias());
        if (attempt >= settings.maxAttempts()) {
          throw new RpcException(
              describe(methods)
                  + " failed after "
                  + attempt
                  + " attempts, last on "
                  + lease.alias()
                  + ": "
                  + outcome.detail());
        }
        metrics.retry(outcome.kind().tag());
        if (outcome.kind() == Outcome.Kind.FAILED) {
          sleeper.sleep(backoff.delay(attempt));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(describe(methods) + " interrupted", e);
    }
  }

  private KeyLease lease(List<String> methods, Set<String> exclude)
      throws RpcException, InterruptedException {
    while (true) {
      try {
        return pool.acquire(methods, Set.copyOf(exclude), settings.keyWait());
      } catch (NoKeyAvailableException e) {
        if (!exclude.isEmpty()) {
          // Every other key is busy or gone: the keys that failed this request may serve again.
          exclude.clear();
          continue;
        }
        Optional<Instant> next = e.nextAvailable();
        if (next.isEmpty()) {
          throw new RpcException(
              "no key can serve " + describe(methods) + ": " + e.getMessage(), e);
        }
        Duration wait = Duration.between(clock.instant(), next.get());
        wait = wait.compareTo(settings.backoffBase()) < 0 ? settings.backoffBase() : wait;
        LOG.warn("No key serves {} now; waiting {} until {}", describe(methods), wait, next.get());
        metrics.keyWait(wait);
        sleeper.sleep(wait);
      }
    }
  }

  private Outcome exchangeOn(KeyLease lease, List<RpcCall> calls) throws InterruptedException {
    CircuitBreaker breaker = breakers.of(lease.provider());
    if (!breaker.tryAcquirePermission()) {
      return Outcome.failed("circuit breaker of " + lease.provider() + " open");
    }
    long start = System.nanoTime();
    Outcome outcome = transport.exchange(lease.endpoint(), calls);
    long nanos = System.nanoTime() - start;
    if (outcome.endpointFault()) {
      breaker.onError(nanos, TimeUnit.NANOSECONDS, new RpcException(outcome.detail()));
    } else {
      breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
    }
    metrics.exchangeLatency(lease.provider(), Duration.ofNanos(nanos));
    return outcome;
  }

  private void report(KeyLease lease, Outcome outcome, List<RpcCall> calls) {
    switch (outcome.kind()) {
      case SUCCEEDED -> lease.succeeded();
      case RATE_LIMITED -> lease.rateLimited(outcome.retryAfter());
      case QUOTA_EXHAUSTED -> lease.quotaExhausted();
      case UNAUTHORIZED -> lease.unauthorized();
      default -> lease.failed(new RpcException(outcome.detail()));
    }
    outcome
        .violation()
        .ifPresent(reason -> metrics.violation(lease.provider(), lease.alias(), reason));
    for (int i = 0; i < calls.size(); i++) {
      String tag =
          outcome.kind() == Outcome.Kind.SUCCEEDED
              ? replyTag(outcome.replies().get(i))
              : outcome.kind().tag();
      metrics.call(lease.provider(), lease.alias(), calls.get(i).method(), tag);
    }
    if (outcome.kind() != Outcome.Kind.SUCCEEDED) {
      LOG.warn(
          "{} on {}: {} ({})",
          describe(calls.stream().map(RpcCall::method).toList()),
          lease.alias(),
          outcome.kind().tag(),
          outcome.detail());
    }
  }

  private static String replyTag(RpcReply reply) {
    if (reply.methodNotFound()) {
      return "method_not_found";
    }
    if (reply.isError()) {
      return "error";
    }
    return reply.isNull() ? "null" : "ok";
  }

  /** Methods of a request for messages: distinct, in order, with a count for batches. */
  static String describe(List<String> methods) {
    List<String> distinct = methods.stream().distinct().toList();
    String names = String.join("+", distinct);
    return methods.size() > 1 ? names + " (batch of " + methods.size() + ")" : names;
  }
}
