package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.chainexplorer.testsupport.rpc.Fault;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PooledJsonRpcClientTest {

  private static final Instant START = Instant.parse("2026-11-21T20:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final JsonRpcStub stub =
      JsonRpcStub.recorded()
          .record("eth_blockNumber", Corpus.JSON.createArrayNode(), TextNode.valueOf("0x112a880"));
  private final TestKeyPool pool =
      new TestKeyPool(clock)
          .add("infura", "SECRET-ONE", stub.url("SECRET-ONE"))
          .add("alchemy", "SECRET-TWO", stub.url("SECRET-TWO"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final FetchMetrics metrics = new FetchMetrics("eth-mainnet");
  private RpcSettings settings =
      RpcSettings.defaults("eth-mainnet", 1).withRequestTimeout(Duration.ofSeconds(3));

  @AfterEach
  void close() {
    stub.close();
  }

  private PooledJsonRpcClient client() {
    metrics.bindTo(registry);
    return new PooledJsonRpcClient(pool, settings, metrics, clock, clock, new Random(1));
  }

  @Test
  void shouldReportSuccessAndReturnResult() throws Exception {
    JsonNode head = client().call("eth_blockNumber");

    assertThat(head.asText()).isEqualTo("0x112a880");
    assertThat(pool.outcomes()).containsExactly("infura/SECRET-ONE:succeeded");
    assertThat(calls("infura/SECRET-ONE", "eth_blockNumber", "ok")).isEqualTo(1);
  }

  @Test
  void shouldReportRateLimitedWithRetryAfterSecondsAndFailOverToTheOtherKey() throws Exception {
    stub.inject(Fault.tooManyRequests("7").forKey("SECRET-ONE"));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes())
        .containsExactly("infura/SECRET-ONE:rateLimited(PT7S)", "alchemy/SECRET-TWO:succeeded");
    assertThat(clock.sleeps()).isEmpty();
    assertThat(calls("infura/SECRET-ONE", "eth_blockNumber", "rate_limited")).isEqualTo(1);
    assertThat(registry.get(FetchMetrics.RETRIES).tag("reason", "rate_limited").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldReadRetryAfterGivenAsHttpDate() throws Exception {
    stub.inject(Fault.tooManyRequests("Sat, 21 Nov 2026 20:01:30 GMT").forKey("SECRET-ONE"));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes()).startsWith("infura/SECRET-ONE:rateLimited(PT1M30S)");
  }

  @Test
  void shouldReportRateLimitedWithoutRetryAfter() throws Exception {
    stub.inject(Fault.httpStatus(429).forKey("SECRET-ONE"));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes()).startsWith("infura/SECRET-ONE:rateLimited");
  }

  @Test
  void shouldReportQuotaExhaustedOnHttp402AndOnQuotaJsonRpcError() throws Exception {
    stub.inject(Fault.httpStatus(402).forKey("SECRET-ONE"));
    stub.inject(Fault.of(Fault.Kind.QUOTA_ERROR).forKey("SECRET-TWO").times(1));
    pool.add("ankr", "SECRET-THREE", stub.url("SECRET-THREE"));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes())
        .containsExactly(
            "infura/SECRET-ONE:quotaExhausted",
            "alchemy/SECRET-TWO:quotaExhausted",
            "ankr/SECRET-THREE:succeeded");
  }

  @Test
  void shouldReportUnauthorizedOn401And403() throws Exception {
    stub.inject(Fault.httpStatus(401).forKey("SECRET-ONE"));
    stub.inject(Fault.httpStatus(403).forKey("SECRET-TWO"));
    pool.add("ankr", "SECRET-THREE", stub.url("SECRET-THREE"));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes())
        .containsExactly(
            "infura/SECRET-ONE:unauthorized",
            "alchemy/SECRET-TWO:unauthorized",
            "ankr/SECRET-THREE:succeeded");
  }

  @Test
  void shouldReportFailedAndBackOffOnServerErrors() throws Exception {
    for (int status : new int[] {500, 502, 503}) {
      stub.inject(Fault.httpStatus(status).times(1));
    }
    settings = settings.withMaxAttempts(5);

    client().call("eth_blockNumber");

    assertThat(pool.outcomes())
        .containsExactly(
            "infura/SECRET-ONE:failed(HTTP 500)",
            "alchemy/SECRET-TWO:failed(HTTP 502)",
            "infura/SECRET-ONE:failed(HTTP 503)",
            "alchemy/SECRET-TWO:succeeded");
    assertThat(clock.sleeps()).hasSize(3);
    assertThat(clock.sleeps().get(0)).isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
    assertThat(clock.sleeps().get(2)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void shouldReportFailedOnTimeout() throws Exception {
    stub.inject(Fault.delay(Duration.ofSeconds(2)).times(1));
    settings = settings.withRequestTimeout(Duration.ofMillis(300));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes())
        .containsExactly("infura/SECRET-ONE:failed(timeout)", "alchemy/SECRET-TWO:succeeded");
  }

  @Test
  void shouldReportFailedOnTruncatedMalformedAndWrongIdAnswers() throws Exception {
    stub.inject(Fault.of(Fault.Kind.TRUNCATED_BODY).times(1));
    stub.inject(Fault.of(Fault.Kind.MALFORMED_JSON).times(1));
    stub.inject(Fault.of(Fault.Kind.WRONG_ID).times(1));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes())
        .extracting(o -> o.substring(o.indexOf(':') + 1))
        .containsExactly(
            "failed(malformed or truncated JSON)",
            "failed(malformed or truncated JSON)",
            "failed(answer without id 1)",
            "succeeded");
    assertThat(registry.get(FetchMetrics.RETRIES).tag("reason", "failed").counter().count())
        .isEqualTo(3);
  }

  @Test
  void shouldReportFailedOnAnswerWithoutResult() throws Exception {
    stub.inject(Fault.of(Fault.Kind.MISSING_RESULT).times(1));

    client().call("eth_blockNumber");

    assertThat(pool.outcomes())
        .containsExactly(
            "infura/SECRET-ONE:failed(answer without result)", "alchemy/SECRET-TWO:succeeded");
  }

  @Test
  void shouldTreatMethodNotFoundAsACapabilityAnswerNotAKeyFailure() throws Exception {
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("eth_getBlockReceipts"));

    RpcExchange exchange =
        client()
            .exchange(
                List.of(RpcCall.of("eth_blockNumber"), RpcCall.of("eth_getBlockReceipts", "0x1")));

    assertThat(exchange.reply(0).result().asText()).isEqualTo("0x112a880");
    assertThat(exchange.reply(1).methodNotFound()).isTrue();
    assertThat(pool.outcomes()).containsExactly("infura/SECRET-ONE:succeeded");
    assertThat(calls("infura/SECRET-ONE", "eth_getBlockReceipts", "method_not_found")).isEqualTo(1);
  }

  @Test
  void shouldFailAfterTheAttemptsNamingMethodsAndAliasesOnly() {
    stub.inject(Fault.httpStatus(503));

    assertThatThrownBy(() -> client().call("eth_blockNumber"))
        .isInstanceOf(RpcException.class)
        .hasMessage("eth_blockNumber failed after 4 attempts, last on alchemy/SECRET-TWO: HTTP 503")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("/v3/", "127.0.0.1"));
    assertThat(pool.outcomes()).hasSize(4);
  }

  @Test
  void shouldWaitForTheUtcResetWhenEveryKeyIsOutOfBudget() throws Exception {
    stub.inject(Fault.of(Fault.Kind.QUOTA_ERROR).times(2));

    JsonNode head = client().call("eth_blockNumber");

    assertThat(head.asText()).isEqualTo("0x112a880");
    assertThat(clock.sleeps()).contains(Duration.ofHours(4));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    assertThat(pool.outcomes()).last().isEqualTo("infura/SECRET-ONE:succeeded");
  }

  @Test
  void shouldOpenTheBreakerOfAFailingEndpointAndStopCallingIt() throws Exception {
    TestKeyPool single = new TestKeyPool(clock).add("infura", "SECRET-ONE", stub.url("SECRET-ONE"));
    stub.inject(Fault.httpStatus(503));
    metrics.bindTo(registry);
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(
            single, settings.withMaxAttempts(12), metrics, clock, clock, new Random(1));

    assertThatThrownBy(() -> client.call("eth_blockNumber")).isInstanceOf(RpcException.class);

    // Five failures open it; 30 s of simulated backoff later, one half-open probe fails again.
    assertThat(stub.exchanges("SECRET-ONE")).isEqualTo(6);
    assertThat(registry.get(FetchMetrics.BREAKER).tag("provider", "infura").gauge().value())
        .isEqualTo(2.0);
    assertThat(single.outcomes()).last().asString().contains("circuit breaker of infura open");
  }

  private double calls(String alias, String method, String outcome) {
    return registry
        .get(FetchMetrics.CALLS)
        .tags("alias", alias, "method", method, "outcome", outcome)
        .counter()
        .count();
  }
}
