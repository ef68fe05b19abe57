package io.chainexplorer.devnet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.TrafficStats;
import io.chainexplorer.devnet.traffic.TrafficCounters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class TrafficMetricsTest {

  @Test
  void shouldCountByKindAndOutcomeWhenScraped() {
    TrafficCounters counters = new TrafficCounters();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new TrafficMetrics(counters::snapshot).bindTo(registry);

    counters.sent(TrafficKind.FAILED_CALL);
    counters.sent(TrafficKind.FAILED_CALL);
    counters.mined(TrafficKind.FAILED_CALL, "0x01", false);
    counters.refused();

    assertThat(count(registry, "failed-call", "sent")).isEqualTo(2);
    assertThat(count(registry, "failed-call", "mined")).isEqualTo(1);
    assertThat(count(registry, "failed-call", "reverted")).isEqualTo(1);
    assertThat(count(registry, "proxy-call", "sent")).isZero();
    assertThat(registry.get(TrafficMetrics.REFUSED).functionCounter().count()).isEqualTo(1);
    assertThat(registry.get(TrafficMetrics.TRANSACTIONS).functionCounters())
        .hasSize(3 * TrafficKind.values().length);
  }

  @Test
  void shouldExposeTheLastMinedHashInStatsButNeverInMetrics() {
    TrafficCounters counters = new TrafficCounters();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new TrafficMetrics(counters::snapshot).bindTo(registry);
    counters.mined(TrafficKind.PROXY_CALL, "0xabc", true);

    TrafficStats stats = counters.snapshot();
    assertThat(stats.lastMined(TrafficKind.PROXY_CALL)).contains("0xabc");
    assertThat(registry.getMetersAsString()).doesNotContain("0xabc");
  }

  private static double count(SimpleMeterRegistry registry, String kind, String outcome) {
    return registry
        .get(TrafficMetrics.TRANSACTIONS)
        .tag("kind", kind)
        .tag("outcome", outcome)
        .functionCounter()
        .count();
  }
}
