package io.chainexplorer.poller.keys;

import java.util.Locale;

/** How one exchange on a key ended, as reported to its lease. */
public enum KeyOutcome {
  SUCCEEDED,
  RATE_LIMITED,
  QUOTA_EXHAUSTED,
  UNAUTHORIZED,
  FAILED;

  /** The metric tag value, e.g. {@code rate_limited}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
