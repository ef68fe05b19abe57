package io.chainexplorer.poller.rpc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one HTTP exchange ended, as the key pool must hear it: exactly one of the {@code KeyLease}
 * outcomes, with the replies when it succeeded and a safe detail (no URL, no key) otherwise, and
 * the limit the answer broke when it was cut for its size or time.
 */
record Outcome(
    Kind kind,
    Optional<Duration> retryAfter,
    String detail,
    List<RpcReply> replies,
    Optional<String> violation) {

  /** The {@code KeyLease} outcomes. */
  enum Kind {
    SUCCEEDED,
    RATE_LIMITED,
    QUOTA_EXHAUSTED,
    UNAUTHORIZED,
    FAILED;

    /** The metric tag value. */
    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static Outcome succeeded(List<RpcReply> replies) {
    return new Outcome(Kind.SUCCEEDED, Optional.empty(), "ok", replies, Optional.empty());
  }

  static Outcome rateLimited(Optional<Duration> retryAfter, String detail) {
    return new Outcome(Kind.RATE_LIMITED, retryAfter, detail, List.of(), Optional.empty());
  }

  static Outcome quotaExhausted(String detail) {
    return new Outcome(Kind.QUOTA_EXHAUSTED, Optional.empty(), detail, List.of(), Optional.empty());
  }

  static Outcome unauthorized(String detail) {
    return new Outcome(Kind.UNAUTHORIZED, Optional.empty(), detail, List.of(), Optional.empty());
  }

  static Outcome failed(String detail) {
    return new Outcome(Kind.FAILED, Optional.empty(), detail, List.of(), Optional.empty());
  }

  /** A failure of the answer's size or time limit {@code reason} (a metric tag). */
  static Outcome violated(String reason, String detail) {
    return new Outcome(Kind.FAILED, Optional.empty(), detail, List.of(), Optional.of(reason));
  }

  /** True when the endpoint itself misbehaved (counts against its circuit breaker). */
  boolean endpointFault() {
    return kind == Kind.FAILED;
  }
}
