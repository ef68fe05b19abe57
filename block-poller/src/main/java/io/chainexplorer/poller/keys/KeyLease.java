package io.chainexplorer.poller.keys;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One provider API key leased for one JSON-RPC exchange; the caller reports exactly one outcome.
 *
 * <p>The pool has already charged the exchange's units when it hands out a lease: providers bill a
 * request whether or not it succeeds.
 */
public interface KeyLease {

  /** {@code provider/alias}: the only name of a key that may appear in logs, metrics or topics. */
  String alias();

  /** The provider's name, as configured. */
  String provider();

  /**
   * The endpoint with the key in it: a secret, to be handed to the HTTP client and nothing else.
   */
  URI endpoint();

  /** The exchange succeeded. */
  void succeeded();

  /** HTTP 429: too fast; the key backs off for {@code retryAfter} when the provider said so. */
  void rateLimited(Optional<Duration> retryAfter);

  /** HTTP 402 or a quota error: the key's daily budget is gone until the next reset. */
  void quotaExhausted();

  /** HTTP 401/403: the key is refused; it is disabled and an alert metric raised. */
  void unauthorized();

  /** A transient failure (5xx, timeout, reset connection, malformed body). */
  void failed(Throwable cause);
}
