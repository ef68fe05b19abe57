package io.chainexplorer.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimerReadingTest {

  private static final String NAME = "chainexplorer_poller_rpc_block_fetch_latency_seconds";

  private static String metrics(int fast, int slow, double sum) {
    int total = fast + slow;
    return String.join(
        "\n",
        "# TYPE " + NAME + " histogram",
        NAME + "_bucket{chain=\"devnet\",le=\"0.1\"} " + fast,
        NAME + "_bucket{chain=\"devnet\",le=\"0.5\"} " + fast,
        NAME + "_bucket{chain=\"devnet\",le=\"1.5\"} " + total,
        NAME + "_bucket{chain=\"devnet\",le=\"+Inf\"} " + total,
        NAME + "_count{chain=\"devnet\"} " + total,
        NAME + "_sum{chain=\"devnet\"} " + sum,
        NAME + "_max{chain=\"devnet\"} 1.2",
        "chainexplorer_poller_blocks_published_total{chain=\"devnet\"} 12.0");
  }

  @Test
  void shouldDescribeOnlyTheTimingsRecordedBetweenTwoReadings() {
    TimerReading before = TimerReading.parse(metrics(50, 0, 2.5), NAME);
    // since then: 98 fetches under 100 ms (4.9 s) and 2 of 1.2 s
    TimerReading after = TimerReading.parse(metrics(148, 2, 2.5 + 4.9 + 2.4), NAME);

    assertThat(after.count()).isEqualTo(150);
    assertThat(after.since(before)).isEqualTo("100, mean 73 ms, p50 <= 100 ms, p99 <= 1500 ms");
  }

  @Test
  void shouldSayNoneWhenNothingWasTimed() {
    TimerReading reading = TimerReading.parse(metrics(3, 0, 0.1), NAME);

    assertThat(reading.since(reading)).isEqualTo("none");
  }
}
