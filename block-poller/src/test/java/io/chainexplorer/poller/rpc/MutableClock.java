package io.chainexplorer.poller.rpc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A simulated UTC clock that only moves when told; also the tests' {@link Sleeper}. */
final class MutableClock extends Clock implements Sleeper {

  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();

  MutableClock(Instant start) {
    this.now = start;
  }

  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }
}
