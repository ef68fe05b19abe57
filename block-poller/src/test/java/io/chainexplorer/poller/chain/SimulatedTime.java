package io.chainexplorer.poller.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A mutable clock whose pacer jumps straight to each deadline: simulated time, no sleeps. */
final class SimulatedTime extends Clock implements Pacer {

  private Instant now;

  SimulatedTime(Instant start) {
    this.now = start;
  }

  void advanceTo(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  @Override
  public void sleepUntil(Instant deadline) {
    advanceTo(deadline);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
