package io.chainexplorer.poller.rpc;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Classifies HTTP statuses and JSON-RPC errors of the common providers (Infura, Alchemy, QuickNode,
 * Ankr, Chainstack, geth/erigon/anvil) into key outcomes or capability answers.
 */
final class ErrorClassifier {

  static final int METHOD_NOT_FOUND = -32601;
  static final int LIMIT_EXCEEDED = -32005;

  /** Per-second words win over everything: Alchemy's "compute units per second capacity". */
  private static final List<String> PER_SECOND = List.of("per second", "/second", "throughput");

  /**
   * Budget words win over plain rate words: Infura says "daily request count exceeded, request rate
   * limited" when the day's budget is gone.
   */
  private static final List<String> BUDGET =
      List.of(
          "daily",
          "monthly",
          "capacity limit",
          "compute units",
          "quota",
          "credits",
          "exceeded your");

  private static final List<String> RATE_LIMIT =
      List.of("rate limit", "too many requests", "request rate exceeded", "exceeded the rate");

  private static final List<String> LIMIT = List.of("limit exceeded", "limit reached");
  private static final List<String> NO_METHOD =
      List.of(
          "method not found",
          "does not exist/is not available",
          "not supported",
          "unsupported method",
          "method not available",
          "not whitelisted",
          "is not available");

  private final Clock clock;

  ErrorClassifier(Clock clock) {
    this.clock = clock;
  }

  /** The outcome of a non-2xx HTTP status; {@code body} only refines a 429 into a quota. */
  Outcome httpStatus(int status, Optional<String> retryAfter, String body) {
    String detail = "HTTP " + status;
    if (status == 429) {
      // Alchemy answers a spent monthly capacity with 429 and says so in the body.
      return containsAny(body, BUDGET) && !containsAny(body, PER_SECOND)
          ? Outcome.quotaExhausted(detail + " quota")
          : Outcome.rateLimited(retryAfter.flatMap(this::retryAfter), detail);
    }
    if (status == 402) {
      return Outcome.quotaExhausted(detail);
    }
    if (status == 401 || status == 403) {
      return Outcome.unauthorized(detail);
    }
    return Outcome.failed(detail);
  }

  /**
   * The key-level outcome a JSON-RPC error stands for, or empty when the error is the node's answer
   * to this call (method not found, bad params, execution error).
   */
  Optional<Outcome> jsonRpcError(int code, String message) {
    String detail = "JSON-RPC error " + code;
    if (containsAny(message, PER_SECOND)) {
      return Optional.of(Outcome.rateLimited(Optional.empty(), detail));
    }
    if (containsAny(message, BUDGET)) {
      return Optional.of(Outcome.quotaExhausted(detail));
    }
    if (code == 429 || containsAny(message, RATE_LIMIT)) {
      return Optional.of(Outcome.rateLimited(Optional.empty(), detail));
    }
    if (code == LIMIT_EXCEEDED || containsAny(message, LIMIT)) {
      return Optional.of(Outcome.quotaExhausted(detail));
    }
    return Optional.empty();
  }

  boolean isMethodNotFound(int code, String message) {
    return code == METHOD_NOT_FOUND || containsAny(message, NO_METHOD);
  }

  /** {@code Retry-After} as delta seconds or an HTTP-date; empty when unreadable. */
  Optional<Duration> retryAfter(String value) {
    String text = value.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static boolean containsAny(String text, List<String> needles) {
    if (text == null) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return needles.stream().anyMatch(lower::contains);
  }
}
