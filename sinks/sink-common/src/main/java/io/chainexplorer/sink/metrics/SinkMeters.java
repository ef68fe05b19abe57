package io.chainexplorer.sink.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of one connector of one sink: named {@code chain.explorer.sink.<sink>.<name>}
 * (Prometheus: {@code chain_explorer_sink_<sink>_<name>_total}), tagged with the connector's name.
 */
public final class SinkMeters {

  private final MeterRegistry registry;
  private final String prefix;
  private final String connector;

  public SinkMeters(MeterRegistry registry, String sink, String connector) {
    this.registry = registry;
    this.prefix = "chain.explorer.sink." + sink + ".";
    this.connector = connector;
  }

  public Counter counter(String name, String description) {
    return Counter.builder(prefix + name)
        .description(description)
        .tag("connector", connector)
        .register(registry);
  }

  /** A counter with one more tag, whose values must be few (a table, an entity, a kind). */
  public Counter counter(String name, String description, String tag, String value) {
    return Counter.builder(prefix + name)
        .description(description)
        .tags("connector", connector, tag, value)
        .register(registry);
  }
}
