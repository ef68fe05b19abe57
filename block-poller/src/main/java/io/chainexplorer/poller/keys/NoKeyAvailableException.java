package io.chainexplorer.poller.keys;

import java.time.Instant;
import java.util.Optional;

/** No key can serve a request now: all rate-limited, exhausted, disabled or excluded. */
public class NoKeyAvailableException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Instant nextAvailable;

  /**
   * @param nextAvailable the earliest instant a key is expected to serve again (for example the
   *     next 00:00 UTC when every budget is spent), or {@code null} when no key ever will
   */
  public NoKeyAvailableException(String message, Instant nextAvailable) {
    super(message);
    this.nextAvailable = nextAvailable;
  }

  public Optional<Instant> nextAvailable() {
    return Optional.ofNullable(nextAvailable);
  }
}
