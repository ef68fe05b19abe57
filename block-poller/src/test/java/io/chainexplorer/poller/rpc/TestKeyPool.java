package io.chainexplorer.poller.rpc;

import io.chainexplorer.poller.keys.KeyLease;
import io.chainexplorer.poller.keys.KeyPool;
import io.chainexplorer.poller.keys.NoKeyAvailableException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small hand-written {@link KeyPool} for the rpc tests: keys in a fixed order, the first that
 * serves wins; 429 rests a key for its Retry-After (1 s without), 402 until the next 00:00 UTC, 401
 * for good. Records every outcome as {@code alias:outcome}.
 */
final class TestKeyPool implements KeyPool {

  private final Clock clock;
  private final Map<String, Key> keys = new LinkedHashMap<>();
  private final List<String> outcomes = Collections.synchronizedList(new ArrayList<>());

  TestKeyPool(Clock clock) {
    this.clock = clock;
  }

  TestKeyPool add(String provider, String name, URI endpoint) {
    String alias = provider + "/" + name;
    keys.put(alias, new Key(provider, alias, endpoint));
    return this;
  }

  List<String> outcomes() {
    return List.copyOf(outcomes);
  }

  @Override
  public synchronized KeyLease acquire(List<String> methods, Set<String> exclude, Duration maxWait)
      throws NoKeyAvailableException {
    Instant now = clock.instant();
    Instant next = null;
    for (Key key : keys.values()) {
      if (exclude.contains(key.alias) || key.disabled) {
        continue;
      }
      if (!key.restUntil.isAfter(now)) {
        return key.lease();
      }
      next = next == null || key.restUntil.isBefore(next) ? key.restUntil : next;
    }
    throw new NoKeyAvailableException("no key serves " + methods, next);
  }

  private final class Key {
    private final String provider;
    private final String alias;
    private final URI endpoint;
    private Instant restUntil = Instant.EPOCH;
    private boolean disabled;

    private Key(String provider, String alias, URI endpoint) {
      this.provider = provider;
      this.alias = alias;
      this.endpoint = endpoint;
    }

    private KeyLease lease() {
      return new KeyLease() {
        @Override
        public String alias() {
          return alias;
        }

        @Override
        public String provider() {
          return provider;
        }

        @Override
        public URI endpoint() {
          return endpoint;
        }

        @Override
        public void succeeded() {
          outcomes.add(alias + ":succeeded");
        }

        @Override
        public void rateLimited(Optional<Duration> retryAfter) {
          outcomes.add(alias + ":rateLimited" + retryAfter.map(d -> "(" + d + ")").orElse(""));
          restUntil = clock.instant().plus(retryAfter.orElse(Duration.ofSeconds(1)));
        }

        @Override
        public void quotaExhausted() {
          outcomes.add(alias + ":quotaExhausted");
          LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
          restUntil = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        @Override
        public void unauthorized() {
          outcomes.add(alias + ":unauthorized");
          disabled = true;
        }

        @Override
        public void failed(Throwable cause) {
          outcomes.add(alias + ":failed(" + cause.getMessage() + ")");
        }
      };
    }
  }
}
