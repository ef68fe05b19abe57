package io.chainexplorer.poller.rpc;

import java.time.Duration;

/** Waits; injectable so tests advance a simulated clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
