package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassifierTest {

  private final ErrorClassifier classifier =
      new ErrorClassifier(Clock.fixed(Instant.parse("2026-11-21T20:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-32005 | daily request count exceeded, request rate limited | QUOTA_EXHAUSTED",
        "-32005 | project ID request rate exceeded                   | RATE_LIMITED",
        "-32005 | limit exceeded                                     | QUOTA_EXHAUSTED",
        "429    | Monthly capacity limit exceeded.                   | QUOTA_EXHAUSTED",
        "429    | Your app has exceeded its compute units per second capacity | RATE_LIMITED",
        "-32007 | 100/second request limit reached - reduce calls per second | RATE_LIMITED",
        "-32000 | Too many requests, reason: call rate limit exhausted | RATE_LIMITED",
        "-32603 | Monthly request quota reached                      | QUOTA_EXHAUSTED",
        "-32000 | header not found                                   | NONE",
        "-32601 | the method eth_getBlockReceipts does not exist/is not available | NONE",
      })
  void shouldClassifyProviderErrors(int code, String message, String expected) {
    Optional<Outcome> outcome = classifier.jsonRpcError(code, message);

    assertThat(outcome.map(o -> o.kind().name()).orElse("NONE")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "-32601 | Method not found",
        "-32600 | Unsupported method: eth_getBlockReceipts on ETH_MAINNET",
        "-32000 | the method eth_getBlockReceipts does not exist/is not available",
        "-32004 | method not supported",
      })
  void shouldRecognizeMethodNotFound(int code, String message) {
    assertThat(classifier.isMethodNotFound(code, message)).isTrue();
    assertThat(classifier.jsonRpcError(code, message)).isEmpty();
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
    "402, QUOTA_EXHAUSTED",
    "401, UNAUTHORIZED",
    "403, UNAUTHORIZED",
    "500, FAILED",
    "502, FAILED",
    "503, FAILED",
    "504, FAILED",
    "429, RATE_LIMITED"
  })
  void shouldClassifyHttpStatuses(int status, String expected) {
    assertThat(classifier.httpStatus(status, Optional.empty(), "").kind().name())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "HTTP 429 \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Monthly capacity limit exceeded. Visit your dashboard to upgrade | QUOTA_EXHAUSTED",
        "Your app has exceeded its compute units per second capacity      | RATE_LIMITED",
        "Too Many Requests                                                | RATE_LIMITED",
      })
  void shouldTellASpentBudgetFromAThrottleBehindHttp429(String body, String expected) {
    assertThat(classifier.httpStatus(429, Optional.empty(), body).kind().name())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "Retry-After {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "30                            | PT30S",
        "Sat, 21 Nov 2026 20:00:45 GMT | PT45S",
        "Sat, 21 Nov 2026 19:00:00 GMT | PT0S",
      })
  void shouldReadRetryAfterSecondsAndHttpDates(String header, String expected) {
    assertThat(classifier.httpStatus(429, Optional.of(header), "").retryAfter())
        .hasValue(Duration.parse(expected));
  }

  @ParameterizedTest(name = "Retry-After {0}")
  @CsvSource({"soon", "-"})
  void shouldIgnoreUnreadableRetryAfter(String header) {
    assertThat(classifier.httpStatus(429, Optional.of(header), "").retryAfter()).isEmpty();
  }
}
