package io.chainexplorer.poller.keys;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A lease of one key of a {@link DefaultKeyPool}; only its first reported outcome counts. */
final class PoolLease implements KeyLease {

  private static final Logger LOG = LoggerFactory.getLogger(PoolLease.class);

  private final KeyState state;
  private final List<String> methods;
  private final Clock clock;
  private final KeyPoolListener listener;
  private final AtomicBoolean reported = new AtomicBoolean();

  PoolLease(KeyState state, List<String> methods, Clock clock, KeyPoolListener listener) {
    this.state = state;
    this.methods = methods;
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public String alias() {
    return state.key().qualifiedAlias();
  }

  @Override
  public String provider() {
    return state.key().provider();
  }

  @Override
  public URI endpoint() {
    return state.provider().endpointFor(state.key());
  }

  @Override
  public void succeeded() {
    if (firstReport()) {
      state.succeeded();
      listener.exchanged(state.key(), methods, KeyOutcome.SUCCEEDED);
    }
  }

  @Override
  public void rateLimited(Optional<Duration> retryAfter) {
    if (firstReport()) {
      state.rateLimited(retryAfter.orElse(null), clock.instant());
      LOG.debug("Key {} rate-limited (429), backing off", alias());
      listener.exchanged(state.key(), methods, KeyOutcome.RATE_LIMITED);
    }
  }

  @Override
  public void quotaExhausted() {
    if (firstReport()) {
      state.quotaExhausted(clock.instant());
      LOG.info("Key {} out of its daily budget (402): retired until 00:00 UTC", alias());
      listener.exchanged(state.key(), methods, KeyOutcome.QUOTA_EXHAUSTED);
    }
  }

  @Override
  public void unauthorized() {
    if (firstReport()) {
      state.disable();
      LOG.warn("Key {} refused by its provider (401/403): disabled until restart", alias());
      listener.exchanged(state.key(), methods, KeyOutcome.UNAUTHORIZED);
    }
  }

  @Override
  public void failed(Throwable cause) {
    if (firstReport()) {
      listener.exchanged(state.key(), methods, KeyOutcome.FAILED);
    }
  }

  private boolean firstReport() {
    return reported.compareAndSet(false, true);
  }

  @Override
  public String toString() {
    return "KeyLease{" + alias() + ", " + methods.size() + " method(s)}";
  }
}
