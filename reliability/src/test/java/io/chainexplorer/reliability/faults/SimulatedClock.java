package io.chainexplorer.reliability.faults;

import io.chainexplorer.poller.rpc.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that its {@link #sleeper()} moves forward instead of sleeping, so
 * a wait for the next UTC day takes no real time.
 */
final class SimulatedClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("always UTC");
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  /** How far the clock has been moved ahead of the system clock. */
  Duration skipped() {
    return offset.get();
  }

  /** Moves the clock on by the wait; a short real pause keeps retry loops from spinning. */
  Sleeper sleeper() {
    return wait -> {
      offset.accumulateAndGet(wait, Duration::plus);
      Thread.sleep(Math.min(20, Math.max(0, wait.toMillis())));
    };
  }
}
