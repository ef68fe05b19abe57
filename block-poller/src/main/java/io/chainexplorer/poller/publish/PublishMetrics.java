package io.chainexplorer.poller.publish;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Meters of publication: whether this instance leads its chain, transactions committed and aborted,
 * and how often it was fenced by another instance.
 */
public final class PublishMetrics implements MeterBinder {

  private static final String PREFIX = "chainexplorer.poller.";

  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong aborted = new AtomicLong();
  private final AtomicLong fenced = new AtomicLong();
  private volatile BooleanSupplier leader = () -> false;

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(PREFIX + "leader", this, m -> m.leader.getAsBoolean() ? 1 : 0)
        .description("1 while this instance is the chain's active poller, 0 on standby")
        .register(registry);
    FunctionCounter.builder(PREFIX + "transactions", committed, AtomicLong::get)
        .description("Kafka transactions of the publisher, by outcome")
        .tag("outcome", "committed")
        .register(registry);
    FunctionCounter.builder(PREFIX + "transactions", aborted, AtomicLong::get)
        .description("Kafka transactions of the publisher, by outcome")
        .tag("outcome", "aborted")
        .register(registry);
    FunctionCounter.builder(PREFIX + "fenced", fenced, AtomicLong::get)
        .description("Times another instance fenced this one's publisher")
        .register(registry);
  }

  /** Where the leader gauge reads from: the current election. */
  public void watch(LeaderElection election) {
    this.leader = election::isLeader;
  }

  void committed() {
    committed.incrementAndGet();
  }

  void aborted() {
    aborted.incrementAndGet();
  }

  /** Counts a fencing, seen by the app when the publisher says so. */
  public void fenced() {
    fenced.incrementAndGet();
  }
}
