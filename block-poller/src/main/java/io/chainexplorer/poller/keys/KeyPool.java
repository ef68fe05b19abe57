package io.chainexplorer.poller.keys;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Hands out provider API keys within each key's rate limit and daily budget. */
public interface KeyPool {

  /**
   * Leases the key that has rate permits now and the most budget left for a request made of {@code
   * methods} (a JSON-RPC batch lists one method per member, each charged), skipping the aliases in
   * {@code exclude} (keys that already failed this request), waiting up to {@code maxWait} for a
   * permit.
   *
   * @throws NoKeyAvailableException when no key can serve in time; it says when one will again
   */
  KeyLease acquire(List<String> methods, Set<String> exclude, Duration maxWait)
      throws NoKeyAvailableException;
}
