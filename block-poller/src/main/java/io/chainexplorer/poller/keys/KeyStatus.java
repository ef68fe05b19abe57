package io.chainexplorer.poller.keys;

import java.time.LocalDate;

/**
 * A key's state and budget on one UTC day, as metrics and progress displays show it.
 *
 * @param usedUnits units used today by every instance, as far as this one knows
 * @param remainingUnits budget this instance may still spend today (after the replicas' reserve)
 * @param localUnits units this instance used today
 */
public record KeyStatus(
    ApiKey key,
    State state,
    LocalDate day,
    long usedUnits,
    long dailyBudget,
    long remainingUnits,
    long localUnits) {

  /** Why a key does or does not serve. */
  public enum State {
    ACTIVE,
    BACKING_OFF,
    EXHAUSTED,
    DISABLED
  }
}
