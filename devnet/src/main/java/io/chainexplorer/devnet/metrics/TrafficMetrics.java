package io.chainexplorer.devnet.metrics;

import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.TrafficStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

/**
 * The generator's counts as {@code devnet.traffic.transactions} (tags {@code kind} and {@code
 * outcome}: sent, mined, reverted) and {@code devnet.traffic.refused}, read from its stats.
 */
public final class TrafficMetrics implements MeterBinder {

  public static final String TRANSACTIONS = "devnet.traffic.transactions";
  public static final String REFUSED = "devnet.traffic.refused";

  private final Supplier<TrafficStats> stats;

  /** Reads {@code stats} whenever the registry is scraped, e.g. {@code generator::stats}. */
  public TrafficMetrics(Supplier<TrafficStats> stats) {
    this.stats = stats;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (TrafficKind kind : TrafficKind.values()) {
      register(registry, kind, "sent", TrafficStats::sent);
      register(registry, kind, "mined", TrafficStats::mined);
      register(registry, kind, "reverted", TrafficStats::reverted);
    }
    FunctionCounter.builder(REFUSED, stats, source -> source.get().refused())
        .description("Transactions the devnet node refused to accept")
        .register(registry);
  }

  private void register(
      MeterRegistry registry,
      TrafficKind kind,
      String outcome,
      ToLongBiFunction<TrafficStats, TrafficKind> count) {
    FunctionCounter.builder(TRANSACTIONS, stats, source -> count.applyAsLong(source.get(), kind))
        .description("Devnet traffic transactions by kind and outcome")
        .tag("kind", kind.configName())
        .tag("outcome", outcome)
        .register(registry);
  }
}
