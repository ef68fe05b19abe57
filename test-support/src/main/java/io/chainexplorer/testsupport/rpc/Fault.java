package io.chainexplorer.testsupport.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
    /** A small gzip body that inflates to {@link #bytes()} bytes of one JSON string. */
    GZIP_BOMB(true),
    /** A plain body of {@link #bytes()} bytes (one JSON string), streamed as it is written. */
    OVERSIZED_BODY(true),
    /** The correct answer sent one byte every {@link #delay()}. */
    TRICKLE(true),
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
    WRONG_RECEIPT_BLOCK_HASH(false),
    /** The member's correct, non-null result goes through {@link #alteration()} on its way out. */
    ALTER_RESULT(false);

    private final boolean wholeExchange;

    Kind(boolean wholeExchange) {
      this.wholeExchange = wholeExchange;
    }

    /** True when the fault spoils the HTTP exchange, not one batch member. */
    public boolean wholeExchange() {
      return wholeExchange;
    }
  }

  /** Which calls a fault applies to; null key or method: all. */
  private record Scope(String key, String method, int times, double fraction) {
    static final Scope ALL = new Scope(null, null, -1, 1.0);
  }

  private final Kind kind;
  private final int status;
  private final String retryAfter;
  private final Duration delay;
  private final long bytes;
  private final UnaryOperator<JsonNode> alteration;
  private final Scope scope;

  private Fault(
      Kind kind,
      int status,
      String retryAfter,
      Duration delay,
      long bytes,
      UnaryOperator<JsonNode> alteration,
      Scope scope) {
    this.kind = Objects.requireNonNull(kind);
    this.status = status;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.bytes = bytes;
    this.alteration = alteration;
    this.scope = scope;
  }

  /** A plain fault of {@code kind}; use {@link #httpStatus} and {@link #delay} for those kinds. */
  public static Fault of(Kind kind) {
    return new Fault(kind, 0, null, Duration.ZERO, 0, null, Scope.ALL);
  }

  /** HTTP {@code status} (429, 402, 401, 403, 500, 502, 503…) with an empty error body. */
  public static Fault httpStatus(int status) {
    return new Fault(Kind.HTTP_STATUS, status, null, Duration.ZERO, 0, null, Scope.ALL);
  }

  /** HTTP 429 with a {@code Retry-After} header (delta seconds or an HTTP-date). */
  public static Fault tooManyRequests(String retryAfter) {
    return new Fault(Kind.HTTP_STATUS, 429, retryAfter, Duration.ZERO, 0, null, Scope.ALL);
  }

  /** A correct answer that comes only after {@code delay}. */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, null, delay, 0, null, Scope.ALL);
  }

  /** A gzip body of about a thousandth of {@code inflated} bytes, deflated as it is sent. */
  public static Fault gzipBomb(long inflated) {
    return new Fault(Kind.GZIP_BOMB, 0, null, Duration.ZERO, inflated, null, Scope.ALL);
  }

  /** A plain body of {@code size} bytes, generated as it is sent. */
  public static Fault oversizedBody(long size) {
    return new Fault(Kind.OVERSIZED_BODY, 0, null, Duration.ZERO, size, null, Scope.ALL);
  }

  /** The correct answer, one byte every {@code perByte}. */
  public static Fault trickle(Duration perByte) {
    return new Fault(Kind.TRICKLE, 0, null, perByte, 0, null, Scope.ALL);
  }

  /**
   * Tampers with a real answer in flight: each matching member's result (never an error or a null
   * result) is given to {@code alteration}, which may edit it in place and returns what is sent.
   * Scope it with {@link #forMethod}; it counts as applied even when it leaves the result alone.
   */
  public static Fault alterResult(UnaryOperator<JsonNode> alteration) {
    return new Fault(
        Kind.ALTER_RESULT,
        0,
        null,
        Duration.ZERO,
        0,
        Objects.requireNonNull(alteration),
        Scope.ALL);
  }

  /** Only for requests made with {@code key} (the last path segment of {@code /v3/<key>}). */
  public Fault forKey(String key) {
    return scoped(new Scope(key, scope.method(), scope.times(), scope.fraction()));
  }

  /** Only for requests with a member calling {@code method}. */
  public Fault forMethod(String method) {
    return scoped(new Scope(scope.key(), method, scope.times(), scope.fraction()));
  }

  /** Only for the next {@code n} matching calls. */
  public Fault times(int n) {
    return scoped(new Scope(scope.key(), scope.method(), n, scope.fraction()));
  }

  /** Only for this share of the matching calls, drawn from the stub's seeded random. */
  public Fault fraction(double share) {
    return scoped(new Scope(scope.key(), scope.method(), scope.times(), share));
  }

  private Fault scoped(Scope narrower) {
    return new Fault(kind, status, retryAfter, delay, bytes, alteration, narrower);
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

  /** The body size of {@link Kind#GZIP_BOMB} (inflated) and {@link Kind#OVERSIZED_BODY}. */
  public long bytes() {
    return bytes;
  }

  public Optional<String> key() {
    return Optional.ofNullable(scope.key());
  }

  public Optional<String> method() {
    return Optional.ofNullable(scope.method());
  }

  /** How many matching calls it spoils; negative: all. */
  public int times() {
    return scope.times();
  }

  public double fraction() {
    return scope.fraction();
  }

  /** What an {@link Kind#ALTER_RESULT} fault does to a result; the identity for other kinds. */
  public UnaryOperator<JsonNode> alteration() {
    return alteration == null ? UnaryOperator.identity() : alteration;
  }

  @Override
  public String toString() {
    return kind
        + (status > 0 ? " " + status : "")
        + " key="
        + scope.key()
        + " method="
        + scope.method();
  }
}
