package io.chainexplorer.poller.rpc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one HTTP exchange ended, as the key pool must hear it: exactly one of the {@code KeyLease}
 * outcomes, with the replies when it succeeded and a safe detail (no URL, no key) otherwise.
 */
record Outcome(Kind kind, Optional<Duration> retryAfter, String detail, List<RpcReply> replies) {

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
    return new Outcome(Kind.SUCCEEDED, Optional.empty(), "ok", replies);
  }

  static Outcome rateLimited(Optional<Duration> retryAfter, String detail) {
    return new Outcome(Kind.RATE_LIMITED, retryAfter, detail, List.of());
  }

  static Outcome quotaExhausted(String detail) {
    return new Outcome(Kind.QUOTA_EXHAUSTED, Optional.empty(), detail, List.of());
  }

  static Outcome unauthorized(String detail) {
    return new Outcome(Kind.UNAUTHORIZED, Optional.empty(), detail, List.of());
  }

  static Outcome failed(String detail) {
    return new Outcome(Kind.FAILED, Optional.empty(), detail, List.of());
  }

  /** True when the endpoint itself misbehaved (counts against its circuit breaker). */
  boolean endpointFault() {
    return kind == Kind.FAILED;
  }
}
