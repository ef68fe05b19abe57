package io.chainexplorer.testsupport.rpc;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One scripted misbehaviour of the {@link JsonRpcStub}: what goes wrong, for which key and method,
 * how many times or for what fraction of the matching calls. Immutable; the {@code for…}, {@code
 * times} and {@code fraction} methods return modified copies. By default a fault applies to every
 * key and method, on every matching call. Member faults are not used up by an exchange whose body
 * is spoiled (truncated, malformed, wrong ids): they wait for an answer the client can read.
 */
public final class Fault {

  /** What goes wrong. HTTP-level kinds spoil the whole exchange; the others one member. */
  public enum Kind {
    /** An HTTP status with an empty JSON-RPC body (429, 402, 401, 403, 5xx). */
    HTTP_STATUS(true),
    /** The answer comes after {@link #delay()}: longer than the client's timeout. */
    DELAY(true),
    /** A valid answer cut in the middle. */
    TRUNCATED_BODY(true),
    /** A body that is not JSON at all. */
    MALFORMED_JSON(true),
    /** Answers carry ids that were never asked for. */
    WRONG_ID(true),
    /** The member's {@code result} is {@code null}, as for a block the node does not have yet. */
    NULL_RESULT(false),
    /** An answer with neither {@code result} nor {@code error}. */
    MISSING_RESULT(false),
    /** The JSON-RPC error -32601 "method does not exist/is not available". */
    METHOD_NOT_FOUND(false),
    /** A provider's daily quota error (-32005 "daily request count exceeded"). */
    QUOTA_ERROR(false),
    /** The last receipt of an {@code eth_getBlockReceipts} answer is missing. */
    DROP_LAST_RECEIPT(false),
    /** The receipts (or the single receipt) carry another block's hash. */
    WRONG_RECEIPT_BLOCK_HASH(false);

    private final boolean wholeExchange;

    Kind(boolean wholeExchange) {
      this.wholeExchange = wholeExchange;
    }

    /** True when the fault spoils the HTTP exchange, not one batch member. */
    public boolean wholeExchange() {
      return wholeExchange;
    }
  }

  private final Kind kind;
  private final int status;
  private final String retryAfter;
  private final Duration delay;
  private final String key;
  private final String method;
  private final int times;
  private final double fraction;

  private Fault(
      Kind kind,
      int status,
      String retryAfter,
      Duration delay,
      String key,
      String method,
      int times,
      double fraction) {
    this.kind = Objects.requireNonNull(kind);
    this.status = status;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.key = key;
    this.method = method;
    this.times = times;
    this.fraction = fraction;
  }

  /** A plain fault of {@code kind}; use {@link #httpStatus} and {@link #delay} for those kinds. */
  public static Fault of(Kind kind) {
    return new Fault(kind, 0, null, Duration.ZERO, null, null, -1, 1.0);
  }

  /** HTTP {@code status} (429, 402, 401, 403, 500, 502, 503…) with an empty error body. */
  public static Fault httpStatus(int status) {
    return new Fault(Kind.HTTP_STATUS, status, null, Duration.ZERO, null, null, -1, 1.0);
  }

  /** HTTP 429 with a {@code Retry-After} header (delta seconds or an HTTP-date). */
  public static Fault tooManyRequests(String retryAfter) {
    return new Fault(Kind.HTTP_STATUS, 429, retryAfter, Duration.ZERO, null, null, -1, 1.0);
  }

  /** A correct answer that comes only after {@code delay}. */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, null, delay, null, null, -1, 1.0);
  }

  /** Only for requests made with {@code key} (the last path segment of {@code /v3/<key>}). */
  public Fault forKey(String key) {
    return new Fault(kind, status, retryAfter, delay, key, method, times, fraction);
  }

  /** Only for requests with a member calling {@code method}. */
  public Fault forMethod(String method) {
    return new Fault(kind, status, retryAfter, delay, key, method, times, fraction);
  }

  /** Only for the next {@code n} matching calls. */
  public Fault times(int n) {
    return new Fault(kind, status, retryAfter, delay, key, method, n, fraction);
  }

  /** Only for this share of the matching calls, drawn from the stub's seeded random. */
  public Fault fraction(double share) {
    return new Fault(kind, status, retryAfter, delay, key, method, times, share);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public Optional<String> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public Duration delay() {
    return delay;
  }

  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /** How many matching calls it spoils; negative: all. */
  public int times() {
    return times;
  }

  public double fraction() {
    return fraction;
  }

  @Override
  public String toString() {
    return kind + (status > 0 ? " " + status : "") + " key=" + key + " method=" + method;
  }
}
